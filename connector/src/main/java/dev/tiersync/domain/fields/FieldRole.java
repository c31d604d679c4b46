package dev.tiersync.domain.fields;

/** Who writes a field, and so what the sync does with it. */
public enum FieldRole {
    /** The org's own bookkeeping (Id, SystemModstamp, IsDeleted): read by every pull, kept by the snapshot apart. */
    SYSTEM,
    /** A standard or org field the rules read; TierSync never writes it. */
    READ,
    /** A rep's pin: reps edit it, TierSync reads it and never writes it. */
    PIN,
    /** A value TierSync computes and writes when it differs from the org's. */
    COMPUTED,
    /** When TierSync last changed one of its values: written with every update, never on its own. */
    STAMP;

    /** Whether the sync writes fields of this role. */
    public boolean writtenBySync() {
        return this == COMPUTED || this == STAMP;
    }
}
