package dev.tiersync.domain;

import dev.tiersync.domain.picklist.PicklistValue;
import dev.tiersync.domain.picklist.Picklists;
import java.util.Optional;

/** An account's tier, with the exact picklist value TierSync writes to {@code Tier__c}. */
public enum Tier implements PicklistValue {
    A("A"),
    B("B"),
    C("C"),
    D("D"),
    NEW("New"),
    PROSPECT("Prospect");

    private final String picklistValue;

    Tier(String picklistValue) {
        this.picklistValue = picklistValue;
    }

    @Override
    public String picklistValue() {
        return picklistValue;
    }

    /** The tier a picklist value names, or empty for null or a value TierSync does not produce. */
    public static Optional<Tier> fromPicklistValue(String value) {
        return Picklists.find(Tier.class, value);
    }

    /** The quartile tiers, best first. */
    static Tier quartile(int index) {
        return switch (index) {
            case 0 -> A;
            case 1 -> B;
            case 2 -> C;
            case 3 -> D;
            default -> throw new IllegalArgumentException("quartile index must be 0..3, was " + index);
        };
    }
}
