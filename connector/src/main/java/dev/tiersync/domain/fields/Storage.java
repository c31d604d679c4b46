package dev.tiersync.domain.fields;

/** How the snapshot database keeps a field's value: the one place a store chooses its column type by. */
public enum Storage {
    /** Text, as the org holds it. */
    TEXT,
    /** An enum, by its constant name (such as {@code MID_MARKET}). */
    ENUM_NAME,
    /** A {@code double}. */
    DOUBLE,
    /** An exact decimal. */
    DECIMAL,
    /** A whole number. */
    INTEGER,
    /** True or false. */
    BOOLEAN,
    /** A day. */
    DATE,
    /** An instant, in UTC. */
    TIMESTAMP
}
