package dev.tiersync.emulator.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one sObject type: each an array of text values by field position. Rows are never
 * changed in place; a write replaces the row, so a query's snapshot keeps what it saw.
 */
final class Table {

    private final ObjectSchema object;
    private final List<String[]> rows = new ArrayList<>();
    private final Map<String, Integer> positionById = new HashMap<>();
    private final int idColumn;
    private final int deletedColumn;

    Table(ObjectSchema object) {
        this.object = object;
        this.idColumn = object.position("Id");
        this.deletedColumn = object.position("IsDeleted");
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
    }

    String[] get(String id) {
        Integer position = positionById.get(id);
        return position == null ? null : rows.get(position);
    }

    void replace(String id, String[] row) {
        rows.set(positionById.get(id), row);
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
