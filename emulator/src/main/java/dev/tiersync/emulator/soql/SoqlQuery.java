package dev.tiersync.emulator.soql;

import dev.tiersync.emulator.store.FieldDefinition;
import dev.tiersync.emulator.store.ObjectSchema;
import dev.tiersync.emulator.store.Rows;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A parsed query, resolved against the schema: ready to filter, sort and limit rows.
 *
 * @param columns the row positions of {@code fields}
 * @param where null when the query has no WHERE
 * @param reads the row positions the query reads
 * @param order null when the query has no ORDER BY
 * @param limit null when the query has no LIMIT
 * @param count whether it is {@code SELECT COUNT() FROM ...}: the answer is the number of matching rows, no records
 */
public record SoqlQuery(ObjectSchema object, List<FieldDefinition> fields, int[] columns, Predicate<String[]> where,
                        Comparator<String[]> order, Integer limit, boolean count, Reads reads) {

    /**
     * Row positions a query reads.
     *
     * @param all of its fields, conditions and ordering, and the Id
     * @param where of its conditions
     * @param order of its ordering
     */
    public record Reads(int[] all, int[] where, int[] order) {
    }

    /**
     * Filters, sorts and limits rows of the queried object; the result holds positions, not decoded rows. Each step
     * reads only the columns it needs of encoded rows, the result only those the query reads.
     */
    public Rows apply(List<String[]> rows) {
        Rows result = Rows.of(rows);
        if (where != null) {
            result = result.reading(reads.where()).filter(where);
        }
        if (order != null) {
            result = result.reading(reads.order()).sorted(order, limit);
        } else if (limit != null) {
            result = result.limit(limit);
        }
        return result.reading(reads.all());
    }
}
