package dev.tiersync.salesforce.wsc;

import java.io.IOException;

/**
 * An HTTP answer that cannot be from Salesforce's SOAP or Bulk API: an error status without an XML body,
 * such as a web server's 404 page. Raised by the transport, mapped by {@link FaultTranslator}.
 */
final class UnexpectedHttpAnswer extends IOException {

    private final int status;
    private final String contentType;

    UnexpectedHttpAnswer(int status, String contentType) {
        super("HTTP " + status + " with " + (contentType == null ? "no content type" : contentType) + " instead of Salesforce's XML");
        this.status = status;
        this.contentType = contentType;
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }
}
