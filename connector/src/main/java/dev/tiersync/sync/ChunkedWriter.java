package dev.tiersync.sync;

import dev.tiersync.salesforce.AccountUpdate;
import dev.tiersync.salesforce.OrgSession;
import dev.tiersync.salesforce.WriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Writes updates: in calls of a chunk each, or, above the bulk threshold, through the org's bulk interface at once.
 * A record the org refuses is recorded and the rest go through; records refused for contention
 * ({@link WriteResult.Outcome#CONTENDED}) are tried again, serially in small batches, a few times. Before every
 * call or job the API budget is checked, and after each the records written are checkpointed. A
 * failure of a whole call propagates, with what was written so far kept.
 */
final class ChunkedWriter {

    static final int LOCK_RETRY_BATCH = 10;
    static final int LOCK_RETRY_ROUNDS = 3;

    private final OrgSession session;
    private final int chunkSize;
    private final int bulkThreshold;
    private final Runnable budgetCheck;
    private final Consumer<List<AccountUpdate>> checkpoint;
    private final List<WriteFailure> failures = new ArrayList<>();
    private final List<String> written = new ArrayList<>();
    private int lockRetries;
    private boolean bulk;
    private int total;
    private BiConsumer<Integer, Integer> progress = (settled, all) -> { };
    private Consumer<List<AccountUpdate>> beforeWrite = updates -> { };

    ChunkedWriter(OrgSession session, int chunkSize, int bulkThreshold, Runnable budgetCheck,
                  Consumer<List<AccountUpdate>> checkpoint) {
        this.session = session;
        this.chunkSize = chunkSize;
        this.bulkThreshold = bulkThreshold;
        this.budgetCheck = budgetCheck;
        this.checkpoint = checkpoint;
    }

    /** Told, after every call, how many accounts are settled (written or refused) of how many. */
    void onProgress(BiConsumer<Integer, Integer> listener) {
        this.progress = listener;
    }

    /**
     * Told the updates of each call or bulk job just before it is sent, the first time only (not for retries after
     * contention), so what goes with those accounts (their Segment_Change__c records) is written first.
     */
    void beforeEachWrite(Consumer<List<AccountUpdate>> listener) {
        this.beforeWrite = listener;
    }

    void writeAll(List<AccountUpdate> updates) {
        total = updates.size();
        Map<String, AccountUpdate> byId = new HashMap<>();
        updates.forEach(update -> byId.put(update.accountId(), update));
        Map<String, WriteResult> locked;
        if (updates.size() > bulkThreshold) {
            bulk = true;
            beforeWrite.accept(updates);
            budgetCheck.run();
            locked = settle(updates, session.bulkUpdate(updates));
        } else {
            locked = write(updates, chunkSize, true);
        }
        for (int round = 1; round <= LOCK_RETRY_ROUNDS && !locked.isEmpty(); round++) {
            lockRetries += locked.size();
            locked = write(locked.keySet().stream().map(byId::get).toList(), LOCK_RETRY_BATCH, false);
        }
        locked.values().forEach(result -> failures.add(new WriteFailure(result.accountId(), result.statusCode(), result.message())));
    }

    /** Writes in calls of {@code size}; returns the records refused for contention, to try again. */
    private Map<String, WriteResult> write(List<AccountUpdate> updates, int size, boolean firstTime) {
        Map<String, WriteResult> locked = new LinkedHashMap<>();
        for (int from = 0; from < updates.size(); from += size) {
            List<AccountUpdate> chunk = updates.subList(from, Math.min(updates.size(), from + size));
            if (firstTime) {
                beforeWrite.accept(chunk);
            }
            budgetCheck.run();
            locked.putAll(settle(chunk, session.update(chunk)));
        }
        return locked;
    }

    /** Sorts one call's results into written (checkpointed), refused and contended; returns the contended ones. */
    private Map<String, WriteResult> settle(List<AccountUpdate> sent, List<WriteResult> results) {
        Map<String, WriteResult> locked = new LinkedHashMap<>();
        List<AccountUpdate> done = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            WriteResult result = results.get(i);
            switch (result.outcome()) {
                case WRITTEN -> {
                    done.add(sent.get(i));
                    written.add(result.accountId());
                }
                case CONTENDED -> locked.put(result.accountId(), result);
                case REFUSED -> failures.add(new WriteFailure(result.accountId(), result.statusCode(), result.message()));
            }
        }
        checkpoint.accept(done);
        progress.accept(written.size() + failures.size(), total);
        return locked;
    }

    int written() {
        return written.size();
    }

    List<String> writtenIds() {
        return written;
    }

    /** Records written again after a refusal for contention. */
    int lockRetries() {
        return lockRetries;
    }

    /** Whether the write went through the org's bulk interface. */
    boolean bulk() {
        return bulk;
    }

    List<WriteFailure> failures() {
        return failures;
    }
}
