package dev.tiersync.domain.fit;

import dev.tiersync.domain.picklist.PicklistValue;
import dev.tiersync.domain.picklist.Picklists;
import java.util.Optional;

/** How well an account fits the profile of the best customers, with the picklist value of {@code Fit_Tier__c}. */
public enum FitTier implements PicklistValue {
    STRONG("Strong"),
    MODERATE("Moderate"),
    WEAK("Weak"),
    UNKNOWN("Unknown");

    private final String picklistValue;

    FitTier(String picklistValue) {
        this.picklistValue = picklistValue;
    }

    @Override
    public String picklistValue() {
        return picklistValue;
    }

    /** The constant with this picklist value, or empty for null or a value TierSync does not write. */
    public static Optional<FitTier> fromPicklistValue(String value) {
        return Picklists.find(FitTier.class, value);
    }
}
