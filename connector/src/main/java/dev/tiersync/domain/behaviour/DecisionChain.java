package dev.tiersync.domain.behaviour;

import dev.tiersync.domain.picklist.PicklistValue;
import dev.tiersync.domain.picklist.Picklists;
import java.util.Optional;

/** How many people decide a purchase, with the picklist value TierSync writes to {@code Decision_Chain__c}. */
public enum DecisionChain implements PicklistValue {
    SHORT("Short"),
    LONG("Long"),
    UNKNOWN("Unknown");

    private final String picklistValue;

    DecisionChain(String picklistValue) {
        this.picklistValue = picklistValue;
    }

    @Override
    public String picklistValue() {
        return picklistValue;
    }

    public static Optional<DecisionChain> fromPicklistValue(String value) {
        return Picklists.find(DecisionChain.class, value);
    }
}
