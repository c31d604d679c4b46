package dev.tiersync.emulator.store;

import static dev.tiersync.emulator.store.FieldDefinition.readOnly;
import static dev.tiersync.emulator.store.FieldType.BOOLEAN;
import static dev.tiersync.emulator.store.FieldType.DATETIME;
import static dev.tiersync.emulator.store.FieldType.ID;
import static dev.tiersync.emulator.store.FieldType.REFERENCE;
import static dev.tiersync.emulator.store.FieldType.STRING;

/**
 * A custom object of the salesforce-metadata project, with the standard fields every custom object has (an
 * auto-numbered Name, as TierSync's objects use, and the audit fields; a master-detail object has no owner), before
 * its custom fields are added. Key prefixes are {@code a00}, {@code a01}, ... in name order, as an org hands
 * them out in order of creation.
 */
final class CustomObjectSchema {

    private CustomObjectSchema() {
    }

    static ObjectSchema of(String apiName, int index) {
        if (index > 99) {
            throw new IllegalStateException("the emulator gives key prefixes to at most 100 custom objects");
        }
        return new ObjectSchema(apiName, String.format(java.util.Locale.ROOT, "a%02d", index))
                .add(readOnly("Id", ID).withLabel("Record ID"))
                .add(readOnly("IsDeleted", BOOLEAN).withLabel("Deleted"))
                .add(readOnly("Name", STRING).withLength(80))
                .add(readOnly("CreatedDate", DATETIME))
                .add(readOnly("CreatedById", REFERENCE).referencing("CreatedBy", "User"))
                .add(readOnly("LastModifiedDate", DATETIME))
                .add(readOnly("LastModifiedById", REFERENCE).referencing("LastModifiedBy", "User"))
                .add(readOnly("SystemModstamp", DATETIME));
    }
}
