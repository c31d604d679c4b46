package dev.tiersync.emulator.store;

import java.nio.charset.StandardCharsets;

/**
 * Salesforce's DateTime text ({@code 2025-06-01T08:30:00.000Z}) and Date text ({@code 2025-06-01}) as numbers and
 * back, for years 1 to 9999: milliseconds and days since 1970-01-01. Only text in exactly that form reads as a
 * number, so writing the number gives back the same text.
 */
final class DateTexts {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private DateTexts() {
    }

    /** The milliseconds since the epoch of a DateTime in Salesforce's form; Long.MIN_VALUE for other text. */
    static long datetimeMillis(String text) {
        if (text.length() != 24 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(19) != '.' || text.charAt(23) != 'Z') {
            return Long.MIN_VALUE;
        }
        long day = epochDay(text.substring(0, 10));
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int milli = digits(text, 20, 3);
        if (day == Long.MIN_VALUE || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
                || milli < 0) {
            return Long.MIN_VALUE;
        }
        return day * MILLIS_PER_DAY + ((hour * 60L + minute) * 60 + second) * 1000 + milli;
    }

    /** The days since the epoch of a Date in Salesforce's form; Long.MIN_VALUE for other text. */
    static long epochDay(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return Long.MIN_VALUE;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return Long.MIN_VALUE;
        }
        return daysFromCivil(year, month, day);
    }

    static String datetime(long millis) {
        long day = Math.floorDiv(millis, MILLIS_PER_DAY);
        int inDay = (int) Math.floorMod(millis, MILLIS_PER_DAY);
        byte[] chars = new byte[24];
        civil(day, chars);
        chars[10] = (byte) 'T';
        put(chars, 11, 2, inDay / 3_600_000);
        chars[13] = (byte) ':';
        put(chars, 14, 2, inDay / 60_000 % 60);
        chars[16] = (byte) ':';
        put(chars, 17, 2, inDay / 1000 % 60);
        chars[19] = (byte) '.';
        put(chars, 20, 3, inDay % 1000);
        chars[23] = (byte) 'Z';
        return new String(chars, StandardCharsets.ISO_8859_1);
    }

    static String date(long epochDay) {
        byte[] chars = new byte[10];
        civil(epochDay, chars);
        return new String(chars, StandardCharsets.ISO_8859_1);
    }

    /** Writes yyyy-MM-dd of the day into the first ten characters. */
    private static void civil(long epochDay, byte[] chars) {
        // Howard Hinnant's civil_from_days
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        put(chars, 0, 4, year);
        chars[4] = (byte) '-';
        put(chars, 5, 2, month);
        chars[7] = (byte) '-';
        put(chars, 8, 2, day);
    }

    private static long daysFromCivil(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The number in count ASCII digits from index; -1 when any is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void put(byte[] chars, int from, int count, int value) {
        int rest = value;
        for (int i = from + count - 1; i >= from; i--) {
            chars[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
    }
}
