package dev.tiersync.emulator.store;

import java.util.function.IntFunction;

/**
 * Row positions by record id in an open-addressing table of positions alone: the id a slot stands for is read
 * from its row, so an entry costs a few bytes instead of a map entry, a boxed position and a key. Not thread-safe.
 */
final class IdIndex {

    private final IntFunction<String> idAt;
    /** Position + 1 in each slot, 0 for an empty one; the length is a power of two. */
    private int[] slots = new int[16];
    private int size;

    /** @param idAt the id of the row at a position */
    IdIndex(IntFunction<String> idAt) {
        this.idAt = idAt;
    }

    /** The position of the row with this id; -1 when none. */
    int get(String id) {
        int mask = slots.length - 1;
        for (int slot = hash(id) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if (idAt.apply(entry - 1).equals(id)) {
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
                place(larger, idAt.apply(entry - 1), entry - 1);
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
