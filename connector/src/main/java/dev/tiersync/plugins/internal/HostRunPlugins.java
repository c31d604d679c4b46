package dev.tiersync.plugins.internal;

import dev.tiersync.domain.engine.Extensions;
import dev.tiersync.plugins.PluginFailure;
import dev.tiersync.sync.DisabledPlugin;
import dev.tiersync.sync.RunPlugins;
import dev.tiersync.sync.SyncReport;
import java.util.List;

/** One run of the plugins as the sync sees it: the engine's extensions, the plugins switched off, the run listeners. */
final class HostRunPlugins implements RunPlugins {

    private final GuardedPluginRun run;
    private final PluginExtensions extensions;

    HostRunPlugins(GuardedPluginRun run, PluginExtensions extensions) {
        this.run = run;
        this.extensions = extensions;
    }

    @Override
    public Extensions extensions() {
        return extensions;
    }

    @Override
    public List<DisabledPlugin> disabled() {
        return run.failures().stream().map(HostRunPlugins::disabled).toList();
    }

    @Override
    public List<DisabledPlugin> runFinished(String org, SyncReport report) {
        int before = run.failures().size();
        run.runFinished(RunSummaries.of(org, report));
        List<PluginFailure> failures = run.failures();
        return failures.subList(before, failures.size()).stream().map(HostRunPlugins::disabled).toList();
    }

    static DisabledPlugin disabled(PluginFailure failure) {
        return new DisabledPlugin(failure.pluginId(), failure.jar(), failure.point().id(), failure.contributionId(),
                failure.accountIdIfAny().orElse(null), failure.error(), failure.at());
    }
}
