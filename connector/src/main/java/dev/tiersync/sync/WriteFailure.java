package dev.tiersync.sync;

/** A record Salesforce would not take, with its code and message. */
public record WriteFailure(String accountId, String statusCode, String message) {
}
