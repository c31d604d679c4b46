package dev.tiersync.store;

import dev.tiersync.domain.catalog.CaseFields;
import dev.tiersync.domain.catalog.ContactFields;
import dev.tiersync.domain.catalog.ContactRoleFields;
import dev.tiersync.domain.catalog.EventFields;
import dev.tiersync.domain.catalog.TaskFields;
import dev.tiersync.domain.fields.Field;
import dev.tiersync.domain.fields.FieldSet;
import dev.tiersync.domain.fields.FieldValues;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The snapshot's tables of the related objects, one per catalog field set, holding the catalog's values as they are;
 * a first full pull stores them in pages.
 */
final class RelatedTables {

    private static final Map<String, RecordTable<FieldValues>> BY_OBJECT = List.of(
            table("ts_case", CaseFields.ALL, CaseFields.ID),
            table("ts_task", TaskFields.ALL, TaskFields.ID),
            table("ts_event", EventFields.ALL, EventFields.ID),
            table("ts_contact", ContactFields.ALL, ContactFields.ID),
            table("ts_contact_role", ContactRoleFields.ALL, ContactRoleFields.ID))
            .stream().collect(Collectors.toUnmodifiableMap(Entry::object, Entry::table));

    private RelatedTables() {
    }

    static RecordTable<FieldValues> of(FieldSet object) {
        RecordTable<FieldValues> table = BY_OBJECT.get(object.object());
        if (table == null) {
            throw new IllegalArgumentException("the snapshot keeps no " + object.object() + " records");
        }
        return table;
    }

    static List<String> names() {
        return all().stream().map(RecordTable::name).toList();
    }

    /** Every related table, by name. */
    static List<RecordTable<FieldValues>> all() {
        return BY_OBJECT.values().stream().sorted(java.util.Comparator.comparing(RecordTable::name)).toList();
    }

    private static Entry table(String name, FieldSet object, Field<String> id) {
        return new Entry(object.object(), new RecordTable<>(name, object, id, Function.identity(), Function.identity()));
    }

    private record Entry(String object, RecordTable<FieldValues> table) {
    }
}
