package dev.tiersync.domain.picklist;

/** A value TierSync writes to a restricted picklist, with its exact picklist text. */
public interface PicklistValue {

    /** The text the picklist holds, such as {@code Mid-Market}. */
    String picklistValue();
}
