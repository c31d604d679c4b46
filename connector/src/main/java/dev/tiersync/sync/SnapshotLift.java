package dev.tiersync.sync;

import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.domain.lift.LiftAnalysis;
import dev.tiersync.domain.lift.LiftReport;
import dev.tiersync.salesforce.OrgConnector;
import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.salesforce.OrgSession;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A lift check on an org's snapshot: the tiers the model would have given as of {@code asOf}
 * against the revenue won in the horizon after it. Logs in once only to learn which org's snapshot
 * to read; pulls nothing.
 */
public final class SnapshotLift {

    private final OrgConnector connector;
    private final SnapshotStore store;
    private final LiftAnalysis analysis;

    public SnapshotLift(OrgConnector connector, SnapshotStore store, Segmenter segmenter) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.store = Objects.requireNonNull(store, "store");
        this.analysis = new LiftAnalysis(segmenter);
    }

    /** @throws IllegalStateException when no sync has stored the org's snapshot yet */
    public LiftReport run(OrgCredentials credentials, LocalDate asOf, Period horizon) {
        String orgId;
        try (OrgSession session = connector.open(credentials)) {
            orgId = session.orgId();
        }
        if (store.cursor(orgId).isEmpty()) {
            throw new IllegalStateException("no sync has pulled this org yet: run one, then check lift");
        }
        return analysis.run(OrgSnapshot.load(store, orgId).histories(), asOf, horizon);
    }
}
