package dev.tiersync.sync;

/** When TierSync may write one of its fields. */
public enum WritePolicy {
    /** Whenever the computed value differs from the org's. */
    ALWAYS,
    /** Only while the field is blank in the org: people may take the field over. */
    ONLY_IF_BLANK,
    /** Never: the field is left to people or other tools. */
    NEVER
}
