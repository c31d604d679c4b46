package dev.tiersync.plugins.internal;

import dev.tiersync.plugins.ContributionDescriptor;
import dev.tiersync.plugins.PluginDescriptor;
import dev.tiersync.plugins.PluginHost;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Checks one jar: it is a readable jar, has a well-formed manifest whose API range includes the API this
 * TierSync provides, and every contribution's class is in it and serves its point, as seen through the
 * plugin's own class loader.
 */
final class JarInspector {

    private static final String FORMER_SERVICES = "META-INF/services/dev.tiersync.domain.signals.";

    private final ApiVersion provided;
    private final ClassLoader parent;

    JarInspector(ApiVersion provided, ClassLoader parent) {
        this.provided = provided;
        this.parent = parent;
    }

    /**
     * The jar's inspection, with its class loader open.
     *
     * @throws IllegalArgumentException whose message is why the jar is refused (without its name)
     */
    Inspection inspect(Path jar) {
        PluginDescriptor descriptor = descriptor(jar);
        ApiRange range = ApiRange.parse(descriptor.apiRange());
        if (!range.contains(provided)) {
            throw new IllegalArgumentException("plugin " + descriptor.id() + " requires plugin API " + range
                    + ", but this TierSync provides plugin API " + provided + "; use a build of the plugin for API " + provided.major()
                    + ".x, or a TierSync whose plugin API is in " + range);
        }
        URLClassLoader loader = new URLClassLoader("plugin " + descriptor.id(), new URL[] {url(jar)}, parent);
        try {
            Map<String, Class<?>> classes = new LinkedHashMap<>();
            for (ContributionDescriptor contribution : descriptor.contributions()) {
                classes.put(contribution.id(), ContributionClasses.load(contribution, loader));
            }
            return new Inspection(jar, descriptor, loader, classes);
        } catch (RuntimeException e) {
            Closing.quietly(loader);
            throw e;
        }
    }

    private static PluginDescriptor descriptor(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry manifest = file.getJarEntry(PluginHost.MANIFEST);
            if (manifest == null) {
                boolean former = file.stream().anyMatch(entry -> entry.getName().startsWith(FORMER_SERVICES));
                throw new IllegalArgumentException("has no " + PluginHost.MANIFEST + (former
                        ? "; it is a plugin for TierSync's former META-INF/services signals: build it against tiersync-plugin-api "
                                + "and declare its contributions in a manifest"
                        : "; every plugin declares its id, version, api range and contributions there"));
            }
            try (InputStream in = file.getInputStream(manifest)) {
                return ManifestReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (BadManifestException e) {
                throw new IllegalArgumentException(PluginHost.MANIFEST + ": " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("is not a readable jar (" + ContributionClasses.describe(e) + ")");
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("has a path that is not a URL: " + e.getMessage(), e);
        }
    }
}
