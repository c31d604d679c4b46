package dev.tiersync.scheduler.schedule;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.runtime.SyncRuntime;
import dev.tiersync.scheduler.config.OrgSettings;
import dev.tiersync.scheduler.config.Orgs;
import dev.tiersync.scheduler.config.RulesFile;
import dev.tiersync.scheduler.problem.NotFound;
import dev.tiersync.sync.SnapshotFit;
import dev.tiersync.sync.SnapshotLift;
import dev.tiersync.sync.SyncJob;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The sync job and rules of each org, made by the {@link SyncRuntime}: with the shared rules, or the org's
 * own rules file (a rule profile), read and checked at start-up so a bad file, or a segment condition no
 * loaded plugin contributes, stops the application naming the org or the key.
 */
@Component
public class SyncJobs {

    private final SyncRuntime runtime;
    private final Map<String, SegmentationConfig> rules = new HashMap<>();
    private final Map<String, SyncJob> jobs = new HashMap<>();

    public SyncJobs(Orgs orgs, SyncRuntime runtime, SegmentationConfig sharedRules) {
        this.runtime = runtime;
        SyncJob shared;
        try {
            shared = runtime.job(sharedRules);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tiersync.segmentation." + e.getMessage(), e);
        }
        for (OrgSettings org : orgs.configuredOrgs()) {
            if (org.rules() == null) {
                rules.put(org.name(), sharedRules);
                jobs.put(org.name(), shared);
                continue;
            }
            SegmentationConfig own;
            try {
                own = RulesFile.load(org.rules());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the rules of org " + org.name() + ": " + e.getMessage(), e);
            }
            try {
                jobs.put(org.name(), runtime.job(own));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the rules of org " + org.name() + ", rules file " + org.rules()
                        + ": tiersync.segmentation." + e.getMessage(), e);
            }
            rules.put(org.name(), own);
        }
    }

    /** @throws NotFound when no org has that name */
    public SyncJob job(String org) {
        SyncJob job = jobs.get(org);
        if (job == null) {
            throw NotFound.org(org);
        }
        return job;
    }

    /** The fit on the org's snapshot with the org's rules. @throws NotFound when no org has that name */
    public SnapshotFit fit(String org) {
        SegmentationConfig orgRules = rules.get(org);
        if (orgRules == null) {
            throw NotFound.org(org);
        }
        return runtime.fit(orgRules);
    }

    /** A lift check on the org's snapshot with the org's rules. @throws NotFound when no org has that name */
    public SnapshotLift lift(String org) {
        SegmentationConfig orgRules = rules.get(org);
        if (orgRules == null) {
            throw NotFound.org(org);
        }
        return runtime.lift(orgRules);
    }
}
