package dev.tiersync.domain.fields;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads the dates and times Salesforce sends, {@code 2024-05-01} and {@code 2024-05-01T10:00:00.000Z}, by their
 * fixed positions: a pull reads millions of them, and the JDK's general ISO parsers took a third of its mapping time.
 * Any other spelling (an offset, no milliseconds) goes to the JDK's parser, so nothing it accepts is refused here.
 */
final class IsoText {

    private IsoText() {
    }

    static LocalDate date(String text) {
        if (text.length() == 10) {
            LocalDate date = dateAtStart(text);
            if (date != null) {
                return date;
            }
        }
        return LocalDate.parse(text);
    }

    /** The date the text's first ten characters spell as {@code yyyy-mm-dd}, or null if they do not. */
    private static LocalDate dateAtStart(String text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new DateTimeParseException(e.getMessage(), text, 0, e);
        }
    }

    static Instant instant(String text) {
        if (text.length() == 24 && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':'
                && text.charAt(19) == '.' && text.charAt(23) == 'Z') {
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int millis = digits(text, 20, 23);
            LocalDate date = dateAtStart(text);
            if (date != null && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60
                    && millis >= 0) {
                long day = date.toEpochDay();
                return Instant.ofEpochSecond(day * 86_400 + hour * 3_600L + minute * 60L + second, millis * 1_000_000L);
            }
        }
        return Instant.parse(text);
    }

    /** The number the characters from {@code from} to {@code to} spell, or -1 unless every one is a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
