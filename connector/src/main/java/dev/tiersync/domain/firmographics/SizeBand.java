package dev.tiersync.domain.firmographics;

import dev.tiersync.domain.picklist.PicklistValue;
import dev.tiersync.domain.picklist.Picklists;
import java.util.Optional;

/** A company's size, with the picklist value TierSync writes to {@code Size_Band__c}. */
public enum SizeBand implements PicklistValue {
    SMALL("Small"),
    MID_MARKET("Mid-Market"),
    ENTERPRISE("Enterprise"),
    UNKNOWN("Unknown");

    private final String picklistValue;

    SizeBand(String picklistValue) {
        this.picklistValue = picklistValue;
    }

    @Override
    public String picklistValue() {
        return picklistValue;
    }

    /** The constant with this picklist value, or empty for null or a value TierSync does not write. */
    public static Optional<SizeBand> fromPicklistValue(String value) {
        return Picklists.find(SizeBand.class, value);
    }
}
