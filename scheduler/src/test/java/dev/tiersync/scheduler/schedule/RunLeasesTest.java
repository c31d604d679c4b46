package dev.tiersync.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.tiersync.emulator.junit.MutableClock;
import dev.tiersync.scheduler.config.LeaseProperties;
import dev.tiersync.scheduler.database.DatabaseConfiguration;
import dev.tiersync.sync.WriteNotPermittedException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RunLeasesTest {

    private final HikariDataSource dataSource = new HikariDataSource();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    // Renewals every 20 minutes of real time: none happens during a test, so only the moved clock counts.
    private final LeaseProperties hour = new LeaseProperties(Duration.ofHours(1));

    RunLeasesTest() {
        dataSource.setJdbcUrl("jdbc:h2:mem:leases-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        DatabaseConfiguration.migrate(dataSource);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void aSecondNodeCannotTakeALeaseAnotherHolds() {
        RunLeases nodeA = new RunLeases(dataSource, clock, hour);
        RunLeases nodeB = new RunLeases(dataSource, clock, hour);

        RunLeases.Lease held = nodeA.tryAcquire("org", "run-1").orElseThrow();

        assertThat(nodeB.tryAcquire("org", "run-2")).isEmpty();
        held.check();
    }

    @Test
    void aLeaseThatRanOutIsTakenOverAndItsOldHolderWritesNothingMore() {
        RunLeases nodeA = new RunLeases(dataSource, clock, hour);
        RunLeases nodeB = new RunLeases(dataSource, clock, hour);
        RunLeases.Lease paused = nodeA.tryAcquire("org", "run-1").orElseThrow();

        clock.advance(Duration.ofHours(2));
        RunLeases.Lease takenOver = nodeB.tryAcquire("org", "run-2").orElseThrow();

        assertThatThrownBy(paused::check).isInstanceOf(WriteNotPermittedException.class)
                .hasMessageContaining("no longer holds the lease on org");
        takenOver.check();
        paused.renew();
        clock.advance(Duration.ofMinutes(-119));
        assertThatThrownBy(paused::check).as("a failed renewal loses the lease for good")
                .isInstanceOf(WriteNotPermittedException.class);
    }

    @Test
    void aReleasedLeaseIsFreeAtOnce() {
        RunLeases nodeA = new RunLeases(dataSource, clock, hour);
        RunLeases nodeB = new RunLeases(dataSource, clock, hour);
        nodeA.tryAcquire("org", "run-1").orElseThrow().close();

        assertThat(nodeB.tryAcquire("org", "run-2")).isPresent();
        assertThat(nodeA.tryAcquire("other-org", "run-3")).as("leases are per org").isPresent();
    }
}
