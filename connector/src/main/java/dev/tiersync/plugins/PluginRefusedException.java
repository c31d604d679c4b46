package dev.tiersync.plugins;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plugins that cannot start, each named by its jar with what to fix. An {@link IllegalArgumentException}:
 * the jars and the configuration are the user's to fix.
 */
public final class PluginRefusedException extends IllegalArgumentException {

    private final transient List<PluginJar.Refused> refusals;

    public PluginRefusedException(Path dir, List<PluginJar.Refused> refusals) {
        super(message(dir, refusals));
        this.refusals = List.copyOf(refusals);
    }

    public List<PluginJar.Refused> refusals() {
        return refusals;
    }

    private static String message(Path dir, List<PluginJar.Refused> refusals) {
        String each = refusals.stream().map(PluginJar.Refused::message).collect(Collectors.joining("; "));
        return (refusals.size() == 1 ? "a plugin" : refusals.size() + " plugins") + " in " + dir + " cannot start: " + each;
    }
}
