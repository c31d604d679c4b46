package dev.tiersync.plugins.internal;

import dev.tiersync.plugins.PluginDescriptor;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;

/**
 * A jar whose manifest and classes passed: its descriptor, its own class loader and each contribution's
 * class, by contribution id. Holds the loader open until {@link #close()}.
 */
record Inspection(Path jar, PluginDescriptor descriptor, URLClassLoader loader, Map<String, Class<?>> classes) {

    Inspection {
        classes = Map.copyOf(classes);
    }

    String fileName() {
        return jar.getFileName().toString();
    }

    void close() {
        Closing.quietly(loader);
    }
}
