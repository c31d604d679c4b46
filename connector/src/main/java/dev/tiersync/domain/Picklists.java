package dev.tiersync.domain;

import java.util.Optional;
import java.util.function.Function;

/** Finds the enum constant whose picklist value is exactly the given text. */
public final class Picklists {

    private Picklists() {
    }

    public static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> picklistValue, String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (E value : values) {
            if (picklistValue.apply(value).equals(text)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
