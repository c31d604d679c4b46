package dev.tiersync.emulator.store;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.RandomAccess;
import java.util.function.Predicate;

/**
 * Rows that a query reads, each an array of text values by field position, made only when read: the store
 * keeps rows encoded, so a snapshot, and what a query keeps of it, hold positions instead of decoded rows.
 * Immutable; a read may run in any thread.
 */
public final class Rows extends AbstractList<String[]> implements RandomAccess {

    /** Up to this LIMIT an ordered query keeps the first rows as it reads them instead of sorting them all. */
    static final int TOP_LIMIT = 10_000;

    private final Source source;
    /** The positions in the source of these rows; null for all of the source's, in order. */
    private final int[] selection;
    private final int size;

    Rows(Source source, int size) {
        this(source, null, size);
    }

    private Rows(Source source, int[] selection, int size) {
        this.source = source;
        this.selection = selection;
        this.size = size;
    }

    /** These rows as rows a query reads; the list is not copied, so it must not change. */
    public static Rows of(List<String[]> rows) {
        if (rows instanceof Rows already) {
            return already;
        }
        return new Rows(rows::get, rows.size());
    }

    /**
     * These rows with values only in these columns, null in the others, when that is quicker to read: for a query,
     * which reads no other column.
     */
    public Rows reading(int[] columns) {
        return new Rows(source.reading(columns), selection, size);
    }

    @Override
    public String[] get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("row " + index + " of " + size);
        }
        return source.row(at(index));
    }

    @Override
    public int size() {
        return size;
    }

    /** These rows from one index up to another, as rows a query reads. */
    @Override
    public Rows subList(int from, int to) {
        if (from < 0 || to > size || from > to) {
            throw new IndexOutOfBoundsException("rows " + from + " to " + to + " of " + size);
        }
        int[] positions = new int[to - from];
        for (int i = from; i < to; i++) {
            positions[i - from] = at(i);
        }
        return new Rows(source, positions, positions.length);
    }

    /** The rows the condition keeps, in order. */
    public Rows filter(Predicate<String[]> keep) {
        int[] kept = new int[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (keep.test(source.row(at(i)))) {
                kept[count++] = at(i);
            }
        }
        return new Rows(source, Arrays.copyOf(kept, count), count);
    }

    /** The first rows, up to a number. */
    public Rows limit(int limit) {
        return limit >= size ? this : new Rows(source, positions(Math.max(0, limit)), Math.max(0, limit));
    }

    /** The rows in this order, equal rows as they were (a stable sort), and only the first ones when a limit is given. */
    public Rows sorted(Comparator<String[]> order, Integer limit) {
        if (limit != null && limit <= TOP_LIMIT && limit < size) {
            return first(order, Math.max(0, limit));
        }
        Integer[] boxed = new Integer[size];
        for (int i = 0; i < size; i++) {
            boxed[i] = at(i);
        }
        Recent recent = new Recent(source);
        Arrays.sort(boxed, (a, b) -> order.compare(recent.row(a), recent.row(b)));
        int[] sorted = new int[limit == null ? size : Math.min(size, Math.max(0, limit))];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = boxed[i];
        }
        return new Rows(source, sorted, sorted.length);
    }

    /** The first rows in the order, reading each row once: what a stable sort then a limit give. */
    private Rows first(Comparator<String[]> order, int limit) {
        Comparator<Read> byOrder = Comparator.<Read, String[]>comparing(Read::row, order).thenComparingInt(Read::index);
        PriorityQueue<Read> best = new PriorityQueue<>(Math.max(1, limit), byOrder.reversed());
        for (int i = 0; i < size && limit > 0; i++) {
            Read read = new Read(i, source.row(at(i)));
            if (best.size() < limit) {
                best.add(read);
            } else if (byOrder.compare(read, best.peek()) < 0) {
                best.poll();
                best.add(read);
            }
        }
        Read[] kept = best.toArray(Read[]::new);
        Arrays.sort(kept, byOrder);
        int[] positions = new int[kept.length];
        for (int i = 0; i < kept.length; i++) {
            positions[i] = at(kept[i].index());
        }
        return new Rows(source, positions, positions.length);
    }

    private int at(int index) {
        return selection == null ? index : selection[index];
    }

    private int[] positions(int count) {
        int[] positions = new int[count];
        for (int i = 0; i < count; i++) {
            positions[i] = at(i);
        }
        return positions;
    }

    private record Read(int index, String[] row) {
    }

    /** Where rows come from: each by its position. */
    @FunctionalInterface
    interface Source {

        String[] row(int position);

        /** Rows that need hold values only in these columns; these same rows when that is no quicker. */
        default Source reading(int[] columns) {
            return this;
        }
    }

    /** The last two rows read, as a sort compares a row with its neighbour again and again. */
    private static final class Recent {

        private final Source source;
        private int firstPosition = -1;
        private String[] first;
        private int secondPosition = -1;
        private String[] second;
        private boolean replaceFirst = true;

        Recent(Source source) {
            this.source = source;
        }

        String[] row(int position) {
            if (position == firstPosition) {
                replaceFirst = false;
                return first;
            }
            if (position == secondPosition) {
                replaceFirst = true;
                return second;
            }
            String[] row = source.row(position);
            if (replaceFirst) {
                firstPosition = position;
                first = row;
            } else {
                secondPosition = position;
                second = row;
            }
            replaceFirst = !replaceFirst;
            return row;
        }
    }
}
