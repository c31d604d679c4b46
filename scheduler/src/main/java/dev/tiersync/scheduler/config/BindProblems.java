package dev.tiersync.scheduler.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.core.convert.ConversionFailedException;

/**
 * A setting that could not be bound, as one line naming the key and what to fix: a value of the wrong type
 * ({@code No enum constant ...TierMethodName.magic}, {@code For input string: "ninety"}) becomes the key, the
 * value and the values allowed; a rule's own refusal (which names its key) is kept as it is.
 */
public final class BindProblems {

    private BindProblems() {
    }

    public static String describe(BindException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConversionFailedException conversion) {
                return wrongType(e, conversion);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return e.getName() + ": " + root.getMessage();
    }

    private static String wrongType(BindException e, ConversionFailedException conversion) {
        String key = e.getProperty() != null ? e.getProperty().getName().toString() : e.getName().toString();
        Object value = conversion.getValue();
        Class<?> type = conversion.getTargetType().getType();
        return key + " '" + value + "' is not " + expected(type);
    }

    /** What a value of {@code type} looks like, for a message. */
    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number, such as 90";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number, such as 0.25";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.Duration.class) {
            return "a duration, such as PT30S or 10m";
        }
        if (type == java.time.ZoneId.class) {
            return "a time zone, such as UTC or Europe/Berlin";
        }
        if (type == java.time.LocalDate.class) {
            return "a date, YYYY-MM-DD";
        }
        return "a " + type.getSimpleName();
    }
}
