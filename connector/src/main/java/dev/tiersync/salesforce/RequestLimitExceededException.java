package dev.tiersync.salesforce;

/** The org's API request limit is reached; try again once it resets. */
public class RequestLimitExceededException extends SalesforceException {

    public RequestLimitExceededException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
