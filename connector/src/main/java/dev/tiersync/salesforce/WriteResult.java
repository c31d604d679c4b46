package dev.tiersync.salesforce;

import java.util.Objects;

/**
 * The org's answer for one written record.
 *
 * @param outcome written, refused for now by contention (try again), or refused
 * @param statusCode the org's code for a refusal, such as {@code FIELD_CUSTOM_VALIDATION_EXCEPTION}; null when written
 * @param message the org's message for a refusal; null when written
 */
public record WriteResult(String accountId, Outcome outcome, String statusCode, String message) {

    /** What became of a written record. */
    public enum Outcome {
        /** The org took the values. */
        WRITTEN,
        /** Another process held the record; the same write may succeed if tried again, one at a time. */
        CONTENDED,
        /** The org refused the values (a validation rule, a permission): the record stays in the ledger. */
        REFUSED
    }

    public WriteResult {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(outcome, "outcome");
    }

    public static WriteResult ok(String accountId) {
        return new WriteResult(accountId, Outcome.WRITTEN, null, null);
    }

    public static WriteResult refused(String accountId, String statusCode, String message) {
        return new WriteResult(accountId, Outcome.REFUSED, statusCode, message);
    }

    public static WriteResult contended(String accountId, String statusCode, String message) {
        return new WriteResult(accountId, Outcome.CONTENDED, statusCode, message);
    }

    public boolean success() {
        return outcome == Outcome.WRITTEN;
    }
}
