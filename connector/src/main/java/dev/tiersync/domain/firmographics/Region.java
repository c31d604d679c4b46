package dev.tiersync.domain.firmographics;

/** A sales region, with the picklist value TierSync writes to {@code Region__c}. */
public enum Region {
    NORTH_AMERICA("North America"),
    LATIN_AMERICA("Latin America"),
    EMEA("EMEA"),
    APAC("APAC"),
    UNKNOWN("Unknown");

    private final String picklistValue;

    Region(String picklistValue) {
        this.picklistValue = picklistValue;
    }

    public String picklistValue() {
        return picklistValue;
    }
}
