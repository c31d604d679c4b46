package dev.tiersync.plugins;

import java.nio.file.Path;
import java.util.Objects;

/** What the host makes of one jar in the plugins folder: it would load, or it is refused and why. */
public sealed interface PluginJar permits PluginJar.Loadable, PluginJar.Refused {

    /** The jar. */
    Path jar();

    /** The jar's file name, as messages name it. */
    default String fileName() {
        return jar().getFileName().toString();
    }

    /**
     * A jar that would load.
     *
     * @param descriptor what its manifest declares
     */
    record Loadable(Path jar, PluginDescriptor descriptor) implements PluginJar {

        public Loadable {
            Objects.requireNonNull(jar, "jar");
            Objects.requireNonNull(descriptor, "descriptor");
        }
    }

    /**
     * A jar that will not load.
     *
     * @param reason what is wrong and what to fix, without the jar's name
     */
    record Refused(Path jar, String reason) implements PluginJar {

        public Refused {
            Objects.requireNonNull(jar, "jar");
            Objects.requireNonNull(reason, "reason");
        }

        /** The one line that names the jar and says what is wrong. */
        public String message() {
            return fileName() + ": " + reason;
        }
    }
}
