package dev.tiersync.domain.firmographics;

import dev.tiersync.domain.picklist.PicklistValue;
import dev.tiersync.domain.picklist.Picklists;
import java.util.Optional;

/** A sales region, with the picklist value TierSync writes to {@code Region__c}. */
public enum Region implements PicklistValue {
    NORTH_AMERICA("North America"),
    LATIN_AMERICA("Latin America"),
    EMEA("EMEA"),
    APAC("APAC"),
    UNKNOWN("Unknown");

    private final String picklistValue;

    Region(String picklistValue) {
        this.picklistValue = picklistValue;
    }

    @Override
    public String picklistValue() {
        return picklistValue;
    }

    /** The constant with this picklist value, or empty for null or a value TierSync does not write. */
    public static Optional<Region> fromPicklistValue(String value) {
        return Picklists.find(Region.class, value);
    }
}
