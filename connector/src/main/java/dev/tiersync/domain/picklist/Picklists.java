package dev.tiersync.domain.picklist;

import java.util.Optional;

/** Finds the enum constant whose picklist value is exactly the given text. */
public final class Picklists {

    private Picklists() {
    }

    public static <E extends Enum<E> & PicklistValue> Optional<E> find(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (E value : type.getEnumConstants()) {
            if (value.picklistValue().equals(text)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
