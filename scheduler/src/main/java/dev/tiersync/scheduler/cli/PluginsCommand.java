package dev.tiersync.scheduler.cli;

import dev.tiersync.plugins.ContributionDescriptor;
import dev.tiersync.plugins.PluginDescriptor;
import dev.tiersync.plugins.PluginHost;
import dev.tiersync.plugins.PluginInventory;
import dev.tiersync.plugins.PluginJar;
import dev.tiersync.scheduler.problem.InvalidInput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tiersync plugins}: what a plugins folder would load, one line per jar, and why a jar would not. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = {"List the plugin jars in a folder: for each, its id, version, the plugin API range it requires and "
                + "its contributions (with their configuration keys), or why TierSync would refuse it.",
                "Nothing is started: no plugin code runs."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every jar in the folder would load",
                "1:some jar would be refused",
                "2:the command line is wrong, or the folder does not exist"})
final class PluginsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "plugins",
            description = "Folder of plugin jars (default: ${DEFAULT-VALUE}, as tiersync.plugins.dir)")
    Path dir;

    private final CliContext context;

    PluginsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PluginInventory inventory = InvalidInput.from(() -> PluginHost.create(context.clock()).scan(dir));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Plugins in %s (this TierSync provides plugin API %s):%n", dir, inventory.apiVersion());
        if (inventory.jars().isEmpty()) {
            out.println("  no plugin jars (*.jar)");
        }
        for (PluginJar jar : inventory.jars()) {
            out.println("  " + line(jar));
        }
        out.printf("%d would load, %d refused%n", inventory.loadable().size(), inventory.refused().size());
        return inventory.refused().isEmpty() ? 0 : 1;
    }

    private static String line(PluginJar jar) {
        if (jar instanceof PluginJar.Loadable loadable) {
            return jar.fileName() + ": " + describe(loadable.descriptor());
        }
        return jar.fileName() + ": refused: " + ((PluginJar.Refused) jar).reason();
    }

    private static String describe(PluginDescriptor plugin) {
        return plugin.id() + " " + plugin.version() + ", API " + plugin.apiRange() + ": "
                + plugin.contributions().stream().map(PluginsCommand::describe).collect(Collectors.joining(", "));
    }

    private static String describe(ContributionDescriptor contribution) {
        String keys = contribution.config().stream().map(key -> key.name() + (key.required() ? " (required)" : ""))
                .collect(Collectors.joining(", "));
        return contribution.point().id() + " " + contribution.id() + (keys.isEmpty() ? "" : " [" + keys + "]");
    }
}
