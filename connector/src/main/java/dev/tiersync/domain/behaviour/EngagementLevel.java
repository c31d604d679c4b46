package dev.tiersync.domain.behaviour;

import dev.tiersync.domain.picklist.PicklistValue;
import dev.tiersync.domain.picklist.Picklists;
import java.util.Optional;

/** How engaged an account is, with the picklist value TierSync writes to {@code Engagement__c}. */
public enum EngagementLevel implements PicklistValue {
    HIGH("High"),
    MEDIUM("Medium"),
    LOW("Low"),
    NONE("None");

    private final String picklistValue;

    EngagementLevel(String picklistValue) {
        this.picklistValue = picklistValue;
    }

    @Override
    public String picklistValue() {
        return picklistValue;
    }

    public static Optional<EngagementLevel> fromPicklistValue(String value) {
        return Picklists.find(EngagementLevel.class, value);
    }
}
