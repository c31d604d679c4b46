package dev.tiersync.plugins.internal;

import dev.tiersync.plugin.api.PluginApi;
import dev.tiersync.plugins.PluginInventory;
import dev.tiersync.plugins.PluginRefusedException;
import dev.tiersync.plugins.PluginRegistry;
import dev.tiersync.plugins.PluginSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** What {@link dev.tiersync.plugins.PluginHost} does: scans a folder, and starts what it holds. */
public final class PluginFolders {

    private final ApiVersion provided;
    private final JarInspector inspector;
    private final Clock clock;

    public PluginFolders(Clock clock) {
        this.provided = ApiVersion.parse(PluginApi.version());
        this.inspector = new JarInspector(provided, new ApiOnlyClassLoader(PluginApi.class.getClassLoader()));
        this.clock = clock;
    }

    public String apiVersion() {
        return provided.toString();
    }

    public PluginInventory scan(Path dir) {
        FolderScan scan = FolderScan.of(dir, provided, inspector);
        try {
            return scan.inventory();
        } finally {
            scan.close();
        }
    }

    public PluginRegistry start(Path dir, PluginSettings settings) {
        FolderScan scan = FolderScan.of(dir, provided, inspector);
        try {
            refuseIfAny(scan);
            List<StartedPlugin> started = Activation.start(scan, settings);
            if (!scan.refused().isEmpty()) {
                started.forEach(plugin -> plugin.contributions().forEach(Activation::closeIfCloseable));
                refuseIfAny(scan);
            }
            return new DefaultPluginRegistry(started, clock);
        } catch (RuntimeException e) {
            scan.close();
            throw e;
        }
    }

    public PluginRegistry none() {
        return DefaultPluginRegistry.empty(clock);
    }

    private static void refuseIfAny(FolderScan scan) {
        if (!scan.refused().isEmpty()) {
            throw new PluginRefusedException(scan.dir(), scan.refused());
        }
    }
}
