package dev.tiersync.sync;

import dev.tiersync.salesforce.AccountUpdate;
import dev.tiersync.salesforce.AccountWriter;
import dev.tiersync.salesforce.WriteResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes updates in chunks. A record Salesforce rejects is recorded and the rest go through; a
 * failure of a whole call propagates, with what was written so far kept in {@link #written()}.
 */
final class ChunkedWriter {

    private final AccountWriter writer;
    private final int chunkSize;
    private final List<WriteFailure> failures = new ArrayList<>();
    private int written;

    ChunkedWriter(AccountWriter writer, int chunkSize) {
        if (chunkSize < 1 || chunkSize > AccountWriter.MAX_UPDATES_PER_CALL) {
            throw new IllegalArgumentException("write chunk size must be 1 to " + AccountWriter.MAX_UPDATES_PER_CALL
                    + ", was " + chunkSize);
        }
        this.writer = writer;
        this.chunkSize = chunkSize;
    }

    void writeAll(List<AccountUpdate> updates) {
        for (int from = 0; from < updates.size(); from += chunkSize) {
            List<AccountUpdate> chunk = updates.subList(from, Math.min(updates.size(), from + chunkSize));
            for (WriteResult result : writer.update(chunk)) {
                if (result.success()) {
                    written++;
                } else {
                    failures.add(new WriteFailure(result.accountId(), result.statusCode(), result.message()));
                }
            }
        }
    }

    int written() {
        return written;
    }

    List<WriteFailure> failures() {
        return failures;
    }
}
