package dev.tiersync.emulator.store;

/**
 * Row positions by record id in an open-addressing table of positions alone: the id a slot stands for is read
 * from its row, so an entry costs a few bytes instead of a map entry, a boxed position and a key. Not thread-safe.
 */
final class IdIndex {

    /** The ids of the rows, as text and as the number an encoded id is, so a lookup need not make text of each. */
    interface Ids {

        String idAt(int position);

        /** The id as a number unique among the table's ids written as numbers; -1 when it is not one. */
        long keyOf(String id);

        /** The row's id as {@link #keyOf} numbers it; -1 when it is written out. */
        long keyAt(int position);
    }

    private final Ids ids;
    /** Position + 1 in each slot, 0 for an empty one; the length is a power of two. */
    private int[] slots = new int[16];
    private int size;

    IdIndex(Ids ids) {
        this.ids = ids;
    }

    /** The position of the row with this id; -1 when none. */
    int get(String id) {
        int mask = slots.length - 1;
        long key = ids.keyOf(id);
        for (int slot = hash(id) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if (key >= 0 ? ids.keyAt(entry - 1) == key : ids.idAt(entry - 1).equals(id)) {
                return entry - 1;
            }
        }
    }

    /** Adds the position of a row whose id the index does not hold yet. */
    void add(String id, int position) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        place(slots, id, position);
        size++;
    }

    private void grow() {
        int[] larger = new int[slots.length * 2];
        for (int entry : slots) {
            if (entry != 0) {
                place(larger, ids.idAt(entry - 1), entry - 1);
            }
        }
        slots = larger;
    }

    private static void place(int[] table, String id, int position) {
        int mask = table.length - 1;
        int slot = hash(id) & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = position + 1;
    }

    private static int hash(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
