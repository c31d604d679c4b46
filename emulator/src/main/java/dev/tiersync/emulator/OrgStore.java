package dev.tiersync.emulator;

import java.util.List;
import java.util.Optional;

/** The org's records, for tests to read and to change as a user would. */
public interface OrgStore {

    /** Copies of every record of a type, in insertion order. */
    List<StoredRecord> records(String sObjectType);

    Optional<StoredRecord> find(String id);

    /**
     * Changes one value as a user would: the record's LastModifiedDate and SystemModstamp advance.
     *
     * @throws IllegalArgumentException for an unknown record or field
     */
    void put(String sObjectType, String id, String field, String value);

    /** How many records of a type there are, deleted ones left out. */
    int count(String sObjectType);
}
