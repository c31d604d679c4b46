package dev.tiersync.salesforce;

import java.util.Objects;

/**
 * Salesforce's answer for one written record.
 *
 * @param statusCode Salesforce's status code for a failure, such as {@code UNABLE_TO_LOCK_ROW}; null on success
 * @param message Salesforce's message for a failure; null on success
 */
public record WriteResult(String accountId, boolean success, String statusCode, String message) {

    public WriteResult {
        Objects.requireNonNull(accountId, "accountId");
    }

    public static WriteResult ok(String accountId) {
        return new WriteResult(accountId, true, null, null);
    }

    public static WriteResult failed(String accountId, String statusCode, String message) {
        return new WriteResult(accountId, false, statusCode, message);
    }
}
