package dev.tiersync.sync;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.slf4j.MDC;

/**
 * Stores pulled pages on a thread of its own while the pull fetches and reads the next ones, so a full pull takes
 * about as long as the slower of the two instead of their sum (profiling showed the snapshot writes as long as the
 * requests and their parsing). Pages are stored one at a time, in the order they came; at most {@code inFlight}
 * wait, so memory stays bounded whatever the org's size. The first failure stops the pull: the next
 * {@link #store} and {@link #finish} throw it, and nothing after it is stored. {@link #finish} returns once every
 * page handed over is stored, so the caller moves its cursor only then.
 */
final class PageWriter implements AutoCloseable {

    private final ExecutorService thread;
    private final Semaphore room;
    private final int inFlight;
    private volatile RuntimeException failure;

    PageWriter(String org, int inFlight) {
        if (inFlight < 1) {
            throw new IllegalArgumentException("at least one page must be allowed in flight, was " + inFlight);
        }
        this.inFlight = inFlight;
        this.room = new Semaphore(inFlight);
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread writer = new Thread(task, "tiersync-snapshot-writer-" + org);
            writer.setDaemon(true);
            return writer;
        });
    }

    /** Hands a page's store over; waits while {@code inFlight} pages are still waiting to be stored. */
    void store(Runnable page) {
        rethrow();
        acquire(1);
        Map<String, String> context = MDC.getCopyOfContextMap();
        thread.execute(() -> {
            try {
                if (failure == null) {
                    withContext(context, page);
                }
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                room.release();
            }
        });
    }

    /** Waits until every page handed over is stored, and throws the first failure if one failed. */
    void finish() {
        acquire(inFlight);
        room.release(inFlight);
        rethrow();
    }

    /** Waits for what is in flight (so no store runs on after the pull has ended) and stops the thread. */
    @Override
    public void close() {
        acquire(inFlight);
        room.release(inFlight);
        thread.shutdown();
    }

    private void rethrow() {
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }

    private void acquire(int permits) {
        try {
            room.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SnapshotStoreException("interrupted while storing pulled records", e);
        }
    }

    private static void withContext(Map<String, String> context, Runnable page) {
        if (context == null) {
            page.run();
            return;
        }
        MDC.setContextMap(context);
        try {
            page.run();
        } finally {
            MDC.clear();
        }
    }
}
