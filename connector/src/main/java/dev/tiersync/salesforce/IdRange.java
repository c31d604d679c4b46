package dev.tiersync.salesforce;

import java.util.ArrayList;
import java.util.List;

/**
 * A range of record ids, {@code from} (inclusive) up to {@code to} (exclusive), either end open: one stream of a
 * pull split the way PK chunking splits a Bulk query, by the ids' base-62 value. Ids sort by their characters,
 * digits before capitals before small letters, as Salesforce's do; a 15-character bound compares with 18-character
 * ids by their first 15 characters.
 *
 * @param from the first id in the range; null for no lower bound
 * @param to the first id after the range; null for no upper bound
 */
public record IdRange(String from, String to) {

    /** Every id. */
    public static final IdRange ALL = new IdRange(null, null);

    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** The characters that count: key prefix (3) and pod (2) stay, the next 10 are the record's number. */
    private static final int FIXED = 5;
    private static final int NUMBERED = 10;

    public IdRange {
        if (from != null && !isId(from) || to != null && !isId(to)) {
            throw new IllegalArgumentException("an id range is bounded by Salesforce ids, was " + from + " to " + to);
        }
        if (from != null && to != null && from.compareTo(to) >= 0) {
            throw new IllegalArgumentException("an id range must end after it starts, was " + from + " to " + to);
        }
    }

    /** Whether the text is a 15- or 18-character Salesforce id. */
    public static boolean isId(String text) {
        return text.matches("[A-Za-z0-9]{15}|[A-Za-z0-9]{18}");
    }

    public boolean isAll() {
        return from == null && to == null;
    }

    /**
     * Splits the ids from {@code first} to {@code last} into at most {@code parts} ranges of equal width of id
     * values, together covering every id (the first range open below, the last open above). Ids of different key
     * prefixes or pods, or too close to split, give one range.
     */
    public static List<IdRange> split(String first, String last, int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("a pull splits into at least one range, was " + parts);
        }
        if (parts == 1 || !isId(first) || !isId(last) || !first.regionMatches(0, last, 0, FIXED)) {
            return List.of(ALL);
        }
        long low = value(first);
        long high = value(last);
        long step = (high - low) / parts;
        if (step < 1) {
            return List.of(ALL);
        }
        String prefix = first.substring(0, FIXED);
        List<IdRange> ranges = new ArrayList<>(parts);
        String from = null;
        for (int i = 1; i < parts; i++) {
            String bound = prefix + text(low + step * i);
            ranges.add(new IdRange(from, bound));
            from = bound;
        }
        ranges.add(new IdRange(from, null));
        return List.copyOf(ranges);
    }

    private static long value(String id) {
        long value = 0;
        for (int i = FIXED; i < FIXED + NUMBERED; i++) {
            value = value * 62 + DIGITS.indexOf(id.charAt(i));
        }
        return value;
    }

    private static String text(long value) {
        char[] digits = new char[NUMBERED];
        for (int i = NUMBERED - 1; i >= 0; i--) {
            digits[i] = DIGITS.charAt((int) (value % 62));
            value /= 62;
        }
        return new String(digits);
    }
}
