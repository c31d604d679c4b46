package dev.tiersync.emulator.store;

import static dev.tiersync.emulator.store.FieldType.BOOLEAN;
import static dev.tiersync.emulator.store.FieldType.CURRENCY;
import static dev.tiersync.emulator.store.FieldType.DATE;
import static dev.tiersync.emulator.store.FieldType.DATETIME;
import static dev.tiersync.emulator.store.FieldType.ID;
import static dev.tiersync.emulator.store.FieldType.INT;
import static dev.tiersync.emulator.store.FieldType.PERCENT;
import static dev.tiersync.emulator.store.FieldType.PICKLIST;
import static dev.tiersync.emulator.store.FieldType.REFERENCE;
import static dev.tiersync.emulator.store.FieldType.STRING;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sObject types of the emulated org: standard fields with their real types, plus the custom
 * fields of the salesforce-metadata project.
 */
public final class Schema {

    private final Map<String, ObjectSchema> objects = new LinkedHashMap<>();

    private Schema() {
    }

    /** The standard objects with the custom fields found in the salesforce-metadata project. */
    public static Schema standard() {
        Schema schema = new Schema();
        schema.put(withAudit(new ObjectSchema("Account", "001"))
                .add(FieldDefinition.of("Name", STRING))
                .add(FieldDefinition.of("Industry", PICKLIST).withLength(255))
                .add(FieldDefinition.of("AnnualRevenue", CURRENCY))
                .add(FieldDefinition.of("NumberOfEmployees", INT))
                .add(FieldDefinition.of("BillingCountry", STRING).withLength(80))
                .add(FieldDefinition.of("BillingState", STRING).withLength(80))
                .add(FieldDefinition.of("YearStarted", STRING).withLength(4))
                .add(FieldDefinition.of("ParentId", REFERENCE))
                .add(FieldDefinition.of("Type", PICKLIST))
                .add(FieldDefinition.of("OwnerId", REFERENCE)));
        schema.put(withAudit(new ObjectSchema("Opportunity", "006"))
                .add(FieldDefinition.of("AccountId", REFERENCE))
                .add(FieldDefinition.of("Name", STRING))
                .add(FieldDefinition.of("StageName", PICKLIST).withLength(255))
                .add(FieldDefinition.of("Amount", CURRENCY))
                .add(FieldDefinition.of("Probability", PERCENT))
                .add(FieldDefinition.of("CloseDate", DATE))
                .add(FieldDefinition.readOnly("IsClosed", BOOLEAN))
                .add(FieldDefinition.readOnly("IsWon", BOOLEAN))
                .add(FieldDefinition.of("Type", PICKLIST))
                .add(FieldDefinition.of("OwnerId", REFERENCE)));
        schema.put(withAudit(new ObjectSchema("User", "005"))
                .add(FieldDefinition.of("Name", STRING).withLength(121))
                .add(FieldDefinition.of("Username", STRING).withLength(80))
                .add(FieldDefinition.of("Title", STRING).withLength(80))
                .add(FieldDefinition.of("Department", STRING).withLength(80))
                .add(FieldDefinition.of("ManagerId", REFERENCE))
                .add(FieldDefinition.of("IsActive", BOOLEAN)));
        CustomFieldCatalog.load().forEach((object, fields) -> {
            ObjectSchema target = schema.object(object).orElseThrow(() -> new IllegalStateException(
                    "salesforce-metadata defines fields on " + object + ", which the emulator does not know"));
            fields.forEach(target::add);
        });
        return schema;
    }

    private static ObjectSchema withAudit(ObjectSchema object) {
        return object.add(FieldDefinition.readOnly("Id", ID))
                .add(FieldDefinition.readOnly("CreatedDate", DATETIME))
                .add(FieldDefinition.readOnly("LastModifiedDate", DATETIME))
                .add(FieldDefinition.readOnly("SystemModstamp", DATETIME))
                .add(FieldDefinition.readOnly("IsDeleted", BOOLEAN));
    }

    public java.util.Collection<ObjectSchema> objects() {
        return objects.values();
    }

    private void put(ObjectSchema object) {
        objects.put(object.name().toLowerCase(Locale.ROOT), object);
    }

    public Optional<ObjectSchema> object(String name) {
        return Optional.ofNullable(objects.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The object whose ids start with the given key prefix. */
    public Optional<ObjectSchema> objectForId(String id) {
        return objects.values().stream().filter(o -> id != null && id.startsWith(o.keyPrefix())).findFirst();
    }
}
