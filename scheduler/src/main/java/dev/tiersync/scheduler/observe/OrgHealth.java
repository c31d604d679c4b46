package dev.tiersync.scheduler.observe;

import dev.tiersync.scheduler.config.OrgSettings;
import dev.tiersync.scheduler.config.Orgs;
import dev.tiersync.scheduler.schedule.RunHistory;
import dev.tiersync.scheduler.schedule.RunRecord;
import dev.tiersync.sync.DisabledPlugin;
import dev.tiersync.sync.SyncStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A health indicator per org, from its last run rather than a fresh login on every check: DOWN when
 * the last run failed (a login that no longer works shows here), UP otherwise, with the run's status,
 * API calls and time, and the plugins the run switched off because they threw (the run went on without
 * them, so the org stays UP). Details are for admins only.
 */
@Configuration(proxyBeanMethods = false)
class OrgHealth {

    @Bean
    CompositeHealthContributor orgsHealthContributor(Orgs orgs, RunHistory history) {
        Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
        for (OrgSettings org : orgs.configuredOrgs()) {
            indicators.put(org.name(), () -> {
                Optional<RunRecord> last = lastRun(history, org.name());
                return health(org, last, last.map(run -> history.pluginFailures(run.id())).orElse(List.of()));
            });
        }
        return CompositeHealthContributor.fromMap(indicators);
    }

    private static Optional<RunRecord> lastRun(RunHistory history, String org) {
        return history.recent(org, 100).stream().filter(run -> !run.dryRun() && run.status() != SyncStatus.SKIPPED).findFirst();
    }

    static Health health(OrgSettings org, Optional<RunRecord> last, List<DisabledPlugin> pluginsOff) {
        if (last.isEmpty()) {
            return Health.unknown().withDetail("loginUrl", org.loginUrl()).withDetail("lastRun", "none yet").build();
        }
        RunRecord run = last.get();
        Health.Builder health = run.status() == SyncStatus.FAILED ? Health.down() : Health.up();
        health.withDetail("loginUrl", org.loginUrl()).withDetail("lastRun", run.status().name())
                .withDetail("lastRunAt", run.finishedAt().toString()).withDetail("apiCalls", run.counts().apiCalls());
        if (run.api().apiLimit() != null && run.api().apiUsed() != null) {
            health.withDetail("apiRequestsUsedToday", run.api().apiUsed()).withDetail("apiRequestLimit", run.api().apiLimit());
        }
        if (run.error() != null) {
            health.withDetail("error", run.error());
        }
        if (!pluginsOff.isEmpty()) {
            health.withDetail("disabledPlugins", pluginsOff.stream().map(DisabledPlugin::describe).toList());
        }
        return health.build();
    }
}
