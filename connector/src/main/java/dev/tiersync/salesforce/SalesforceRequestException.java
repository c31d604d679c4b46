package dev.tiersync.salesforce;

/** Salesforce refused the request itself (a bad query or field, a missing permission); retrying will not help. */
public class SalesforceRequestException extends SalesforceException {

    public SalesforceRequestException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
