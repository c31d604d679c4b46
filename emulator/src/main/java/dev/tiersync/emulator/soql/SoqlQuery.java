package dev.tiersync.emulator.soql;

import dev.tiersync.emulator.store.FieldDefinition;
import dev.tiersync.emulator.store.ObjectSchema;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A parsed query, resolved against the schema: ready to filter, sort and limit rows.
 *
 * @param columns the row positions of {@code fields}
 * @param order null when the query has no ORDER BY
 * @param limit null when the query has no LIMIT
 * @param count whether it is {@code SELECT COUNT() FROM ...}: the answer is the number of matching rows, no records
 */
public record SoqlQuery(ObjectSchema object, List<FieldDefinition> fields, int[] columns, Predicate<String[]> where,
                        Comparator<String[]> order, Integer limit, boolean count) {

    /** Filters, sorts and limits rows of the queried object. */
    public List<String[]> apply(List<String[]> rows) {
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
