package dev.tiersync.domain.signals;

import dev.tiersync.domain.picklist.PicklistValue;
import dev.tiersync.domain.picklist.Picklists;
import java.util.Optional;

/** How likely a customer is to stop buying, with the picklist value TierSync writes to {@code Churn_Risk__c}. */
public enum ChurnRisk implements PicklistValue {
    NONE("None"),
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String picklistValue;

    ChurnRisk(String picklistValue) {
        this.picklistValue = picklistValue;
    }

    @Override
    public String picklistValue() {
        return picklistValue;
    }

    /** The constant with this picklist value, or empty for null or a value TierSync does not write. */
    public static Optional<ChurnRisk> fromPicklistValue(String value) {
        return Picklists.find(ChurnRisk.class, value);
    }

    /** The risk that a number of signal points amounts to: 1 Low, 2 Medium, 3 or more High. */
    static ChurnRisk ofPoints(int points) {
        return points >= 3 ? HIGH : points == 2 ? MEDIUM : points == 1 ? LOW : NONE;
    }
}
