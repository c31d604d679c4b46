package dev.tiersync.emulator.bulk;

/** What a Bulk route answers: a status, a content type and a body; the protocol adds the usage header. */
record BulkAnswer(int status, String contentType, String body) {

    static BulkAnswer xml(int status, String body) {
        return new BulkAnswer(status, "application/xml", body);
    }

    static BulkAnswer csv(String body) {
        return new BulkAnswer(200, "text/csv", body);
    }
}
