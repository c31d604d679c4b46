package dev.tiersync.salesforce.wsc;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;

/**
 * Sends one Partner API request at a time under the org's guard: retried on transient failures, with
 * one fresh login on an expired session, counted as an API call, its faults translated.
 */
@FunctionalInterface
interface SoapCalls {

    <T> T send(String action, Request<T> request);

    /** One Partner API request. */
    @FunctionalInterface
    interface Request<T> {
        T send(PartnerConnection connection) throws ConnectionException;
    }
}
