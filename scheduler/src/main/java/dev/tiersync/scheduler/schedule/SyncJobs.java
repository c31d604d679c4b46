package dev.tiersync.scheduler.schedule;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.domain.signals.PluginSignals;
import dev.tiersync.domain.signals.SignalAssessor;
import dev.tiersync.salesforce.OrgConnector;
import dev.tiersync.scheduler.config.OrgSettings;
import dev.tiersync.scheduler.config.RulesFile;
import dev.tiersync.scheduler.config.Orgs;
import dev.tiersync.store.JdbcSnapshotStore;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncSettings;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/**
 * The sync job and rules of each org: the shared ones, or the org's own rules file (a rule profile),
 * read and checked at start-up so a bad file stops the application naming the org.
 */
@Component
public class SyncJobs {

    private final Map<String, SyncJob> jobs = new HashMap<>();
    private final Map<String, Segmenter> segmenters = new HashMap<>();

    public SyncJobs(Orgs orgs, SyncJob shared, Segmenter sharedRules, OrgConnector connector, Clock clock,
                    JdbcSnapshotStore store, PluginSignals plugins) {
        for (OrgSettings org : orgs.configuredOrgs()) {
            if (org.rules() == null) {
                jobs.put(org.name(), shared);
                segmenters.put(org.name(), sharedRules);
                continue;
            }
            SegmentationConfig config;
            try {
                config = RulesFile.load(org.rules());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the rules of org " + org.name() + ": " + e.getMessage(), e);
            }
            Segmenter segmenter = new Segmenter(config, SignalAssessor.of(config.churn(), config.upsell(), plugins));
            segmenters.put(org.name(), segmenter);
            jobs.put(org.name(), new SyncJob(connector, segmenter, clock, SyncSettings.defaults(), store));
        }
    }

    public SyncJob job(String org) {
        SyncJob job = jobs.get(org);
        if (job == null) {
            throw new NoSuchElementException("no org is named '" + org + "'");
        }
        return job;
    }

    public Segmenter segmenter(String org) {
        Segmenter segmenter = segmenters.get(org);
        if (segmenter == null) {
            throw new NoSuchElementException("no org is named '" + org + "'");
        }
        return segmenter;
    }
}
