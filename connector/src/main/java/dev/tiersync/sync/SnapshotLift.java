package dev.tiersync.sync;

import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.domain.lift.LiftAnalysis;
import dev.tiersync.domain.lift.LiftReport;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A lift check on an org's snapshot: the tiers the model would have given as of {@code asOf}
 * against the revenue won in the horizon after it. Finds the snapshot by the org's configured name;
 * neither logs in nor pulls.
 */
public final class SnapshotLift {

    private final SnapshotStore store;
    private final LiftAnalysis analysis;
    private final JobPlugins plugins;

    public SnapshotLift(SnapshotStore store, Segmenter segmenter) {
        this(store, segmenter, JobPlugins.NONE);
    }

    /** A lift check whose assessment runs with the plugins, started afresh for each check. */
    public SnapshotLift(SnapshotStore store, Segmenter segmenter, JobPlugins plugins) {
        this.store = Objects.requireNonNull(store, "store");
        this.analysis = new LiftAnalysis(segmenter);
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    /** @throws NoSnapshotException when no sync has stored the org's snapshot yet */
    public LiftReport run(String orgName, LocalDate asOf, Period horizon) {
        String orgId = store.orgIdNamed(orgName).filter(id -> store.cursor(id).isPresent())
                .orElseThrow(() -> new NoSnapshotException(orgName));
        return analysis.run(OrgSnapshot.load(store, orgId).histories(), asOf, horizon, plugins.start().extensions());
    }
}
