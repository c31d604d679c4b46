package dev.tiersync.salesforce.wsc;

import com.sforce.async.AsyncApiException;
import com.sforce.async.BulkConnection;

/**
 * Sends one Bulk API request at a time under the org's guard: retried on transient failures, with
 * one fresh login on an expired session, counted as an API call, its faults translated.
 */
@FunctionalInterface
interface BulkCalls {

    <T> T send(String action, Request<T> request);

    /** One Bulk API request. */
    @FunctionalInterface
    interface Request<T> {
        T send(BulkConnection bulk) throws AsyncApiException;
    }
}
