package dev.tiersync.sync;

import java.time.Instant;

/**
 * An account Salesforce would not take, kept until a later run writes it.
 *
 * @param statusCode Salesforce's code, e.g. {@code FIELD_CUSTOM_VALIDATION_EXCEPTION}
 * @param message Salesforce's message
 * @param firstFailed when it first failed
 * @param lastFailed when it last failed
 * @param attempts how many runs tried it
 */
public record LedgerEntry(String accountId, String statusCode, String message, Instant firstFailed, Instant lastFailed,
                          int attempts) {
}
