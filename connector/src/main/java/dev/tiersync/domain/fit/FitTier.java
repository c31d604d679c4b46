package dev.tiersync.domain.fit;

import dev.tiersync.domain.Picklists;
import java.util.Optional;

/** How well an account fits the profile of the best customers, with the picklist value of {@code Fit_Tier__c}. */
public enum FitTier {
    STRONG("Strong"),
    MODERATE("Moderate"),
    WEAK("Weak"),
    UNKNOWN("Unknown");

    private final String picklistValue;

    FitTier(String picklistValue) {
        this.picklistValue = picklistValue;
    }

    public String picklistValue() {
        return picklistValue;
    }

    /** The constant with this picklist value, or empty for null or a value TierSync does not write. */
    public static Optional<FitTier> fromPicklistValue(String value) {
        return Picklists.find(values(), FitTier::picklistValue, value);
    }
}
