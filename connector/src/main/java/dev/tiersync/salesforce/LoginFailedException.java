package dev.tiersync.salesforce;

/** The org rejected the credentials, or the login URL is not a Salesforce login server. */
public class LoginFailedException extends SalesforceException {

    public LoginFailedException(String code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
