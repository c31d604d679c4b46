package dev.tiersync.emulator.bulk;

/** A Bulk API error: an AsyncExceptionCode the v65 client knows, a message, and the HTTP status to send. */
final class BulkException extends RuntimeException {

    final int status;
    final String code;

    BulkException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static BulkException invalidJob(String id) {
        return new BulkException(400, "InvalidJob", "Unable to find object: " + id);
    }

    static BulkException invalidBatch(String message) {
        return new BulkException(400, "InvalidBatch", message);
    }
}
