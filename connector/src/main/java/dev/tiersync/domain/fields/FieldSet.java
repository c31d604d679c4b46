package dev.tiersync.domain.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The fields of one object in the catalog, in declaration order. */
public final class FieldSet {

    private final String object;
    private final List<Field<?>> fields;

    private FieldSet(String object, List<Field<?>> fields) {
        this.object = object;
        this.fields = List.copyOf(fields);
    }

    /** Declares the fields of an object, numbering them as they come. */
    public static Builder of(String object) {
        return new Builder(object);
    }

    public String object() {
        return object;
    }

    public List<Field<?>> all() {
        return fields;
    }

    /** The fields of one role, in order. */
    public List<Field<?>> withRole(FieldRole role) {
        return fields.stream().filter(field -> field.role() == role).toList();
    }

    /** The fields the sync writes (computed values and the stamp), in order. */
    public List<Field<?>> written() {
        return fields.stream().filter(field -> field.role().writtenBySync()).toList();
    }

    /** The field with this name ({@code TIER}) or API name ({@code Tier__c}), any case. */
    public Optional<Field<?>> find(String nameOrApiName) {
        return fields.stream().filter(field -> field.name().equalsIgnoreCase(nameOrApiName)
                || field.apiName().equalsIgnoreCase(nameOrApiName)).findFirst();
    }

    /** A builder that hands out each field as it is declared, so the catalog can keep typed constants. */
    public static final class Builder {
        private final String object;
        private final List<Field<?>> fields = new ArrayList<>();

        private Builder(String object) {
            this.object = Objects.requireNonNull(object, "object");
        }

        public <T> Field<T> add(String name, String apiName, FieldType<T> type, FieldRole role, String column) {
            return add(name, apiName, type, role, column, null, null);
        }

        public <T> Field<T> add(String name, String apiName, FieldType<T> type, FieldRole role, String column,
                                String permissionName, FieldMetadata metadata) {
            for (Field<?> field : fields) {
                if (field.name().equals(name) || field.apiName().equals(apiName)) {
                    throw new IllegalStateException(object + " declares " + name + " (" + apiName + ") twice");
                }
            }
            Field<T> field = new Field<>(object, fields.size(), name, apiName, type, role, column, permissionName, metadata);
            fields.add(field);
            return field;
        }

        /** A custom field of TierSync's, with its label and help. */
        public <T> Field<T> custom(String name, String apiName, FieldType<T> type, FieldRole role, String column,
                                   FieldMetadata metadata) {
            return add(name, apiName, type, role, column, null, metadata);
        }

        public FieldSet build() {
            return new FieldSet(object, fields);
        }
    }
}
