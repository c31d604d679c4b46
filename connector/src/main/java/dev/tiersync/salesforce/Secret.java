package dev.tiersync.salesforce;

import java.util.Objects;

/**
 * A password, token or key. It never shows its value in {@code toString()}, so it cannot leak into
 * a log line, an exception message or a report by accident.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        Objects.requireNonNull(value, "secret value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a secret must not be empty");
        }
        return new Secret(value);
    }

    /** The value itself, for the one place that hands it to Salesforce. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "******";
    }
}
