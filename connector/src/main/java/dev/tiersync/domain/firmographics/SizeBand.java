package dev.tiersync.domain.firmographics;

/** A company's size, with the picklist value TierSync writes to {@code Size_Band__c}. */
public enum SizeBand {
    SMALL("Small"),
    MID_MARKET("Mid-Market"),
    ENTERPRISE("Enterprise"),
    UNKNOWN("Unknown");

    private final String picklistValue;

    SizeBand(String picklistValue) {
        this.picklistValue = picklistValue;
    }

    public String picklistValue() {
        return picklistValue;
    }
}
