package dev.tiersync.sync;

import dev.tiersync.salesforce.AccountUpdate;
import dev.tiersync.salesforce.AccountWriter;
import dev.tiersync.salesforce.WriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes updates in chunks. A record Salesforce rejects is recorded and the rest go through; records
 * refused with {@code UNABLE_TO_LOCK_ROW} are tried again, serially in small batches, a few times.
 * Before every call the API budget is checked. A failure of a whole call propagates, with what was
 * written so far kept in {@link #written()}.
 */
final class ChunkedWriter {

    static final String LOCKED = "UNABLE_TO_LOCK_ROW";
    static final int LOCK_RETRY_BATCH = 10;
    static final int LOCK_RETRY_ROUNDS = 3;

    private final AccountWriter writer;
    private final int chunkSize;
    private final Runnable budgetCheck;
    private final List<WriteFailure> failures = new ArrayList<>();
    private int written;
    private int lockRetries;

    ChunkedWriter(AccountWriter writer, int chunkSize, Runnable budgetCheck) {
        if (chunkSize < 1 || chunkSize > AccountWriter.MAX_UPDATES_PER_CALL) {
            throw new IllegalArgumentException("write chunk size must be 1 to " + AccountWriter.MAX_UPDATES_PER_CALL
                    + ", was " + chunkSize);
        }
        this.writer = writer;
        this.chunkSize = chunkSize;
        this.budgetCheck = budgetCheck;
    }

    void writeAll(List<AccountUpdate> updates) {
        Map<String, AccountUpdate> byId = new HashMap<>();
        updates.forEach(update -> byId.put(update.accountId(), update));
        Map<String, WriteResult> locked = write(updates, chunkSize);
        for (int round = 1; round <= LOCK_RETRY_ROUNDS && !locked.isEmpty(); round++) {
            lockRetries += locked.size();
            locked = write(locked.keySet().stream().map(byId::get).toList(), LOCK_RETRY_BATCH);
        }
        locked.values().forEach(result -> failures.add(new WriteFailure(result.accountId(), result.statusCode(), result.message())));
    }

    /** Writes in chunks; returns the records refused for a lock, to try again. */
    private Map<String, WriteResult> write(List<AccountUpdate> updates, int size) {
        Map<String, WriteResult> locked = new java.util.LinkedHashMap<>();
        for (int from = 0; from < updates.size(); from += size) {
            budgetCheck.run();
            List<AccountUpdate> chunk = updates.subList(from, Math.min(updates.size(), from + size));
            for (WriteResult result : writer.update(chunk)) {
                if (result.success()) {
                    written++;
                } else if (LOCKED.equals(result.statusCode())) {
                    locked.put(result.accountId(), result);
                } else {
                    failures.add(new WriteFailure(result.accountId(), result.statusCode(), result.message()));
                }
            }
        }
        return locked;
    }

    int written() {
        return written;
    }

    /** Records written again after a lock refusal. */
    int lockRetries() {
        return lockRetries;
    }

    List<WriteFailure> failures() {
        return failures;
    }
}
