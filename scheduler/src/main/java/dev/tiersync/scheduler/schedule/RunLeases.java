package dev.tiersync.scheduler.schedule;

import dev.tiersync.scheduler.config.LeaseProperties;
import dev.tiersync.sync.WriteNotPermittedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Leases on orgs in the database, so that in a cluster one node at a time writes to an org. A node
 * takes a lease that is free or expired, renews it while its run lasts, and checks before every write
 * that it still holds it by its own clock; once it cannot renew in time it writes nothing more.
 */
@Component
public class RunLeases {

    private static final Logger log = LoggerFactory.getLogger(RunLeases.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration duration;
    private final String owner;
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tiersync-lease-renewal");
        thread.setDaemon(true);
        return thread;
    });

    public RunLeases(DataSource dataSource, Clock clock, LeaseProperties properties) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.duration = properties.duration();
        this.owner = ProcessHandle.current().pid() + "@" + hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Takes the org's lease if it is free, expired or already this node's. */
    public Optional<Lease> tryAcquire(String orgKey, String runId) {
        Instant now = clock.instant();
        Instant expires = now.plus(duration);
        int taken = jdbc.update("UPDATE ts_run_lease SET owner = ?, run_id = ?, expires_at = ? WHERE org_key = ? "
                + "AND (expires_at < ? OR owner = ?)", owner, runId, utc(expires), orgKey, utc(now), owner);
        if (taken == 0) {
            try {
                jdbc.update("INSERT INTO ts_run_lease (org_key, owner, run_id, expires_at) VALUES (?, ?, ?, ?)",
                        orgKey, owner, runId, utc(expires));
            } catch (DuplicateKeyException heldByAnother) {
                return Optional.empty();
            }
        }
        Lease lease = new Lease(orgKey, runId, expires);
        lease.renewal = renewals.scheduleAtFixedRate(lease::renew, duration.toMillis() / 3, duration.toMillis() / 3,
                TimeUnit.MILLISECONDS);
        return Optional.of(lease);
    }

    /** Waits up to {@code patience} for the org's lease, e.g. while a dead node's lease runs out. */
    public Optional<Lease> acquire(String orgKey, String runId, Duration patience) throws InterruptedException {
        Instant giveUp = clock.instant().plus(patience);
        while (true) {
            Optional<Lease> lease = tryAcquire(orgKey, runId);
            if (lease.isPresent() || !clock.instant().isBefore(giveUp)) {
                return lease;
            }
            Thread.sleep(Math.min(1000, Math.max(100, duration.toMillis() / 10)));
        }
    }

    public Duration duration() {
        return duration;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "unknown-host";
        }
    }

    /** One held lease: checked before every write, renewed in the background, released at the end of the run. */
    public final class Lease implements AutoCloseable {

        private final String orgKey;
        private final String runId;
        private volatile Instant expires;
        private volatile boolean lost;
        private java.util.concurrent.ScheduledFuture<?> renewal;

        private Lease(String orgKey, String runId, Instant expires) {
            this.orgKey = orgKey;
            this.runId = runId;
            this.expires = expires;
        }

        /** @throws WriteNotPermittedException once the lease is lost or has run out by this node's clock */
        public void check() {
            if (lost || !clock.instant().isBefore(expires)) {
                throw new WriteNotPermittedException("this node no longer holds the lease on " + orgKey
                        + " (it ran out at " + expires + "); another node may be syncing it, so this run writes nothing more");
            }
        }

        void renew() {
            if (lost) {
                return;
            }
            try {
                Instant next = clock.instant().plus(duration);
                int renewed = jdbc.update("UPDATE ts_run_lease SET expires_at = ? WHERE org_key = ? AND owner = ? AND run_id = ? "
                        + "AND expires_at > ?", utc(next), orgKey, owner, runId, utc(clock.instant()));
                if (renewed == 1) {
                    expires = next;
                } else {
                    lost = true;
                    log.warn("lost the lease on {}: it ran out or another node took it", orgKey);
                }
            } catch (RuntimeException e) {
                log.warn("could not renew the lease on {}: {}", orgKey, e.getMessage());
            }
        }

        @Override
        public void close() {
            renewal.cancel(false);
            jdbc.update("DELETE FROM ts_run_lease WHERE org_key = ? AND owner = ? AND run_id = ?", orgKey, owner, runId);
        }
    }
}
