package dev.tiersync.salesforce;

/** The session is no longer valid; a fresh login may help. */
public class SessionExpiredException extends SalesforceException {

    public SessionExpiredException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
