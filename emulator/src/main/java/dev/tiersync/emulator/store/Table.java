package dev.tiersync.emulator.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of one sObject type: each an array of text values by field position. Rows are never
 * changed in place; a write replaces the row, so a query's snapshot keeps what it saw. The values of
 * unique fields are indexed, case-insensitively, so checking a create for a duplicate does not read every row.
 */
final class Table {

    private final ObjectSchema object;
    private final List<String[]> rows = new ArrayList<>();
    private final Map<String, Integer> positionById = new HashMap<>();
    private final int idColumn;
    private final int deletedColumn;
    /** By unique field position: the row positions holding each value, lower-cased, in the order they were added. */
    private final Map<Integer, Map<String, List<Integer>>> unique = new LinkedHashMap<>();

    Table(ObjectSchema object) {
        this.object = object;
        this.idColumn = object.position("Id");
        this.deletedColumn = object.position("IsDeleted");
        for (FieldDefinition field : object.fields()) {
            if (field.isUnique()) {
                unique.put(object.position(field), new HashMap<>());
            }
        }
    }

    ObjectSchema object() {
        return object;
    }

    void add(String[] row) {
        String id = row[idColumn];
        if (positionById.putIfAbsent(id, rows.size()) != null) {
            throw new IllegalArgumentException("duplicate Id " + id);
        }
        rows.add(row);
        index(rows.size() - 1, null, row);
    }

    String[] get(String id) {
        Integer position = positionById.get(id);
        return position == null ? null : rows.get(position);
    }

    void replace(String id, String[] row) {
        int position = positionById.get(id);
        index(position, rows.set(position, row), row);
    }

    /** The first row not deleted that holds this value in the unique field at this position, ignoring case; null when none. */
    String[] holding(int field, String value) {
        List<Integer> positions = unique.get(field).getOrDefault(value.toLowerCase(Locale.ROOT), List.of());
        for (int position : positions) {
            String[] row = rows.get(position);
            if (!isDeleted(row) && value.equalsIgnoreCase(row[field])) {
                return row;
            }
        }
        return null;
    }

    private void index(int position, String[] before, String[] after) {
        unique.forEach((field, byValue) -> {
            String old = before == null ? null : before[field];
            String now = after[field];
            if (old != null && (now == null || !old.equalsIgnoreCase(now))) {
                List<Integer> holders = byValue.get(old.toLowerCase(Locale.ROOT));
                holders.remove(Integer.valueOf(position));
                if (holders.isEmpty()) {
                    byValue.remove(old.toLowerCase(Locale.ROOT));
                }
            }
            if (now != null && (old == null || !old.equalsIgnoreCase(now))) {
                List<Integer> holders = byValue.computeIfAbsent(now.toLowerCase(Locale.ROOT), v -> new ArrayList<>(1));
                holders.add(position);
                holders.sort(null);
            }
        });
    }

    /** The rows, deleted ones included only when asked: references, safe to keep since rows are replaced, not changed. */
    List<String[]> snapshot(boolean includeDeleted) {
        List<String[]> snapshot = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            if (includeDeleted || !"true".equals(row[deletedColumn])) {
                snapshot.add(row);
            }
        }
        return snapshot;
    }

    int size() {
        return rows.size();
    }

    boolean isDeleted(String[] row) {
        return "true".equals(row[deletedColumn]);
    }
}
