package dev.tiersync.emulator.soql;

import dev.tiersync.emulator.store.FieldDefinition;
import dev.tiersync.emulator.store.ObjectSchema;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A parsed query, resolved against the schema: ready to filter, sort and limit rows.
 *
 * @param order null when the query has no ORDER BY
 * @param limit null when the query has no LIMIT
 */
public record SoqlQuery(ObjectSchema object, List<FieldDefinition> fields, Predicate<Map<String, String>> where,
                        Comparator<Map<String, String>> order, Integer limit) {

    public List<Map<String, String>> apply(List<Map<String, String>> rows) {
        var stream = rows.stream().filter(where);
        if (order != null) {
            stream = stream.sorted(order);
        }
        if (limit != null) {
            stream = stream.limit(limit);
        }
        return stream.toList();
    }
}
