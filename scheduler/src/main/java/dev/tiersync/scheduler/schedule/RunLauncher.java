package dev.tiersync.scheduler.schedule;

import dev.tiersync.scheduler.problem.Conflict;
import dev.tiersync.sync.Phase;
import dev.tiersync.sync.SyncListener;
import dev.tiersync.sync.SyncReport;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Starts runs on demand in the background and keeps the progress of those under way on this node. A run
 * that ends is in the history; one that could not run at all (a fault of TierSync's) is kept here with its
 * error, the most recent {@value #NOT_RUN_KEPT} of them, and logged with its stack trace.
 */
@Component
public class RunLauncher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

    private final SyncRunner runner;
    private final Clock clock;
    private final Map<String, LiveRun> live = new ConcurrentHashMap<>();
    static final int NOT_RUN_KEPT = 100;

    private final Map<String, LiveRun> notRun = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LiveRun> eldest) {
            return size() > NOT_RUN_KEPT;
        }
    });
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "tiersync-run-now");
        thread.setDaemon(true);
        return thread;
    });

    public RunLauncher(SyncRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    /** A run under way: its phase and, while writing, how many accounts are settled of how many. */
    public static final class LiveRun implements SyncListener {
        private final String id;
        private final String org;
        private final Instant startedAt;
        private volatile String phase = "queued";
        private volatile int settled;
        private volatile int total;
        private volatile String error;

        LiveRun(String id, String org, Instant startedAt) {
            this.id = id;
            this.org = org;
            this.startedAt = startedAt;
        }

        @Override
        public void phase(Phase next) {
            phase = next.label();
        }

        @Override
        public void written(int settled, int total) {
            this.settled = settled;
            this.total = total;
        }

        public String id() {
            return id;
        }

        public String org() {
            return org;
        }

        public Instant startedAt() {
            return startedAt;
        }

        public String phase() {
            return phase;
        }

        public int settled() {
            return settled;
        }

        public int total() {
            return total;
        }

        public String error() {
            return error;
        }
    }

    /**
     * Starts a sync of the org; returns its run id at once.
     *
     * @throws Conflict when the org is already being synced on this node
     */
    public String start(String org, boolean dryRun) {
        if (runner.isRunning(org) || live.values().stream().anyMatch(run -> run.org().equals(org))) {
            throw new Conflict("a sync of " + org + " is already running; wait for it to finish");
        }
        String runId = UUID.randomUUID().toString();
        LiveRun run = new LiveRun(runId, org, clock.instant());
        live.put(runId, run);
        executor.submit(() -> {
            try {
                SyncReport report = runner.runNow(org, dryRun, runId, run);
                log.debug("run {} ended {}", runId, report.status());
                live.remove(runId);
            } catch (RuntimeException e) {
                log.error("run {} of {} could not run: {}", runId, org, e.getMessage(), e);
                run.error = e.getMessage();
                run.phase = "not run";
                live.remove(runId);
                notRun.put(runId, run);
            }
        });
        return runId;
    }

    /** A run under way on this node, or one that could not start (with its error). */
    public Optional<LiveRun> live(String runId) {
        return Optional.ofNullable(live.get(runId)).or(() -> Optional.ofNullable(notRun.get(runId)));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
