package dev.tiersync.scheduler.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * A YAML file of {@code tiersync.*} settings for the command line, bound the way Spring binds
 * {@code serve}'s configuration, so one file works for both.
 */
final class YamlFile {

    private final String name;
    private final Binder binder;

    private YamlFile(String name, Binder binder) {
        this.name = name;
        this.binder = binder;
    }

    /**
     * @param kind what the file holds, for messages: {@code rules} or {@code settings}
     * @throws IllegalArgumentException naming the file when it is missing or not YAML
     */
    static YamlFile read(String kind, Path file) {
        String name = kind + " file " + file;
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(name + " does not exist");
        }
        try {
            List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load(file.toString(), new FileSystemResource(file));
            return new YamlFile(name, new Binder(ConfigurationPropertySources.from(yaml)));
        } catch (IOException | IllegalStateException e) {
            throw new IllegalArgumentException(name + " is not readable YAML: " + e.getMessage(), e);
        }
    }

    /** The section under {@code prefix}, bound and checked; empty when the file has none. */
    <T> Optional<T> section(String prefix, Class<T> type) {
        try {
            return Optional.ofNullable(binder.bind(prefix, type).orElse(null));
        } catch (BindException e) {
            throw new IllegalArgumentException(name + ": " + reason(e), e);
        }
    }

    /** The rule's own message (which names the key), or else the deepest cause's. */
    private static String reason(Throwable e) {
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                return t.getMessage();
            }
            root = t;
        }
        return root.getMessage();
    }
}
