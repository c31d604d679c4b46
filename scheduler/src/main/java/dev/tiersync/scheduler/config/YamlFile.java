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
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
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
     * @param keys the keys the file may hold: any other is refused with the nearest valid one
     * @throws IllegalArgumentException naming the file when it is missing or not YAML (with the line and column),
     *                                  or holds a key that is not a setting
     */
    static YamlFile read(String kind, Path file, SettingKeys keys) {
        String name = kind + " file " + file;
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(name + " does not exist");
        }
        List<PropertySource<?>> yaml;
        try {
            yaml = new YamlPropertySourceLoader().load(file.toString(), new FileSystemResource(file));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new IllegalArgumentException(name + " is not valid YAML" + (mark == null ? "" : " at line " + (mark.getLine() + 1)
                    + ", column " + (mark.getColumn() + 1)) + ": " + e.getProblem()
                    + (e.getContext() == null ? "" : " (" + e.getContext() + ")"), e);
        } catch (IOException | IllegalStateException | YAMLException e) {
            throw new IllegalArgumentException(name + " is not readable YAML: " + e.getMessage(), e);
        }
        for (PropertySource<?> source : yaml) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String key : enumerable.getPropertyNames()) {
                    keys.problem(key).ifPresent(problem -> {
                        throw new IllegalArgumentException(name + ": " + problem);
                    });
                }
            }
        }
        return new YamlFile(name, new Binder(ConfigurationPropertySources.from(yaml)));
    }

    /** The section under {@code prefix}, bound and checked; empty when the file has none. */
    <T> Optional<T> section(String prefix, Class<T> type) {
        try {
            return Optional.ofNullable(binder.bind(prefix, type).orElse(null));
        } catch (BindException e) {
            throw new IllegalArgumentException(name + ": " + BindProblems.describe(e), e);
        }
    }
}
