package dev.tiersync.salesforce;

/** Salesforce could not be reached or answered with a server error; the call may succeed later. */
public class SalesforceUnavailableException extends SalesforceException {

    public SalesforceUnavailableException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
