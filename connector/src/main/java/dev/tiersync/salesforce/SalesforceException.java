package dev.tiersync.salesforce;

/**
 * A call to Salesforce failed as a whole. Subclasses say what kind of failure it was, so callers
 * decide by type, never by message text. Messages never carry a secret.
 */
public class SalesforceException extends RuntimeException {

    private final String code;

    public SalesforceException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** Salesforce's exception code, such as {@code INVALID_FIELD}, or a TierSync code for transport failures. */
    public String code() {
        return code;
    }
}
