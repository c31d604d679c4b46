package dev.tiersync.domain.behaviour;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One support case of an account.
 *
 * @param priority the Case {@code Priority} as the org holds it (High, Medium, Low or the org's own), or null
 * @param opened the day it was opened
 */
public record SupportCase(String priority, LocalDate opened) {

    public SupportCase {
        Objects.requireNonNull(opened, "opened");
    }
}
