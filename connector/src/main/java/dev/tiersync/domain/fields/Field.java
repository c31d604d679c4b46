package dev.tiersync.domain.fields;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of TierSync's contract with an org: declared once, in the catalog, and everything else
 * (the query, the update, the Bulk CSV, the snapshot's column, the diff, the report and the metadata)
 * derives from it.
 *
 * @param <T> the Java type of its values
 */
public final class Field<T> {

    private final String object;
    private final int ordinal;
    private final String name;
    private final String apiName;
    private final FieldType<T> type;
    private final FieldRole role;
    private final String column;
    private final String permissionName;
    private final FieldMetadata metadata;

    Field(String object, int ordinal, String name, String apiName, FieldType<T> type, FieldRole role, String column,
          String permissionName, FieldMetadata metadata) {
        this.object = Objects.requireNonNull(object, "object");
        this.ordinal = ordinal;
        this.name = Objects.requireNonNull(name, "name");
        this.apiName = Objects.requireNonNull(apiName, "apiName");
        this.type = Objects.requireNonNull(type, "type");
        this.role = Objects.requireNonNull(role, "role");
        this.column = column;
        this.permissionName = permissionName;
        this.metadata = metadata;
        if (apiName.endsWith("__c") && metadata == null) {
            throw new IllegalArgumentException("custom field " + object + "." + apiName + " needs its label and help");
        }
    }

    /** The object it belongs to, such as {@code Account}. */
    public String object() {
        return object;
    }

    /** Its position among its object's fields in the catalog. */
    public int ordinal() {
        return ordinal;
    }

    /** A stable name for reports and settings, such as {@code TIER}. */
    public String name() {
        return name;
    }

    /** Its API name in the org, such as {@code Tier__c}. */
    public String apiName() {
        return apiName;
    }

    public FieldType<T> type() {
        return type;
    }

    public FieldRole role() {
        return role;
    }

    /** The snapshot's column for it; empty for a field the snapshot keeps elsewhere (Id, SystemModstamp). */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** The field that field-level security names for it (BillingAddress for BillingCountry); empty when none applies. */
    public Optional<String> permissionName() {
        return Optional.ofNullable(permissionName);
    }

    /** Label, description and help; present for TierSync's custom fields. */
    public Optional<FieldMetadata> metadata() {
        return Optional.ofNullable(metadata);
    }

    public boolean isCustom() {
        return apiName.endsWith("__c");
    }

    /** Reads the org's text for this field. @throws IllegalArgumentException naming the field and what it should hold */
    public T parse(String text) {
        try {
            return type.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field " + apiName + " " + e.getMessage(), e);
        }
    }

    /** The value's text, as {@link FieldType#format} writes it. */
    public String format(Object value) {
        return type.format(type.cast(value));
    }

    @Override
    public String toString() {
        return object + "." + apiName;
    }
}
