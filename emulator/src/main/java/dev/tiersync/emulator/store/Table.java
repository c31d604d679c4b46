package dev.tiersync.emulator.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of one sObject type, each kept encoded ({@link RowCodec}) and read as an array of text values by field
 * position. Rows are never changed in place; a write replaces the row, so a query's snapshot keeps what it saw. The
 * values of unique fields are indexed, case-insensitively, so checking a create for a duplicate does not read every
 * row. Not thread-safe: the store calls it under its lock, and only a snapshot is read outside it.
 */
final class Table {

    private final ObjectSchema object;
    private final RowCodec codec;
    private byte[][] rows = new byte[16][];
    private int size;
    private final BitSet deleted = new BitSet();
    private final IdIndex positionById;
    private final int idColumn;
    private final int deletedColumn;
    /** By unique field position: the row positions holding each value, lower-cased, in the order they were added. */
    private final Map<Integer, Map<String, List<Integer>>> unique = new LinkedHashMap<>();

    Table(ObjectSchema object) {
        this.object = object;
        this.codec = new RowCodec(object);
        this.idColumn = object.position("Id");
        this.deletedColumn = object.position("IsDeleted");
        this.positionById = new IdIndex(new IdIndex.Ids() {
            @Override
            public String idAt(int position) {
                return codec.value(rows[position], idColumn);
            }

            @Override
            public long keyOf(String id) {
                return codec.idKey(id);
            }

            @Override
            public long keyAt(int position) {
                return codec.idKey(rows[position], idColumn);
            }
        });
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
        if (positionById.get(id) >= 0) {
            throw new IllegalArgumentException("duplicate Id " + id);
        }
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, size + (size >> 1));
        }
        rows[size] = codec.encode(row);
        deleted.set(size, "true".equals(row[deletedColumn]));
        positionById.add(id, size);
        index(size, null, row);
        size++;
    }

    /** The row with this id; null when the table has none. */
    String[] get(String id) {
        int position = positionById.get(id);
        return position < 0 ? null : codec.decode(rows[position]);
    }

    boolean holds(String id) {
        return positionById.get(id) >= 0;
    }

    /** The value of one field of the row with this id, without reading the others; null when none or no such row. */
    String value(String id, int field) {
        int position = positionById.get(id);
        return position < 0 ? null : codec.value(rows[position], field);
    }

    void replace(String id, String[] row) {
        int position = positionById.get(id);
        String[] before = unique.isEmpty() ? null : codec.decode(rows[position]);
        rows[position] = codec.encode(row);
        deleted.set(position, "true".equals(row[deletedColumn]));
        index(position, before, row);
    }

    /** The first row not deleted that holds this value in the unique field at this position, ignoring case; null when none. */
    String[] holding(int field, String value) {
        List<Integer> positions = unique.get(field).getOrDefault(value.toLowerCase(Locale.ROOT), List.of());
        for (int position : positions) {
            if (!deleted.get(position)) {
                String[] row = codec.decode(rows[position]);
                if (value.equalsIgnoreCase(row[field])) {
                    return row;
                }
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

    /**
     * The rows, deleted ones included only when asked: the encoded rows as they are now, decoded as they are read,
     * so later writes do not show in it.
     */
    Rows snapshot(boolean includeDeleted) {
        byte[][] kept;
        if (includeDeleted || deleted.isEmpty()) {
            kept = Arrays.copyOf(rows, size);
        } else {
            kept = new byte[size - deleted.cardinality()][];
            int count = 0;
            for (int i = 0; i < size; i++) {
                if (!deleted.get(i)) {
                    kept[count++] = rows[i];
                }
            }
        }
        return new Rows(new Snapshot(codec, kept, null), kept.length);
    }

    /** Encoded rows decoded as they are read, in every field or in the wanted ones only. */
    private record Snapshot(RowCodec codec, byte[][] rows, boolean[] wanted) implements Rows.Source {

        @Override
        public String[] row(int position) {
            return wanted == null ? codec.decode(rows[position]) : codec.decode(rows[position], wanted);
        }

        @Override
        public Rows.Source reading(int[] columns) {
            int last = -1;
            for (int column : columns) {
                last = Math.max(last, column);
            }
            boolean[] read = new boolean[last + 1];
            for (int column : columns) {
                read[column] = true;
            }
            return new Snapshot(codec, rows, read);
        }
    }

    int size() {
        return size;
    }

    /** How many rows are not deleted. */
    int live() {
        return size - deleted.cardinality();
    }

    boolean isDeleted(String id) {
        int position = positionById.get(id);
        return position >= 0 && deleted.get(position);
    }
}
