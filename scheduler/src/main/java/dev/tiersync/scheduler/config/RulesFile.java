package dev.tiersync.scheduler.config;

import dev.tiersync.domain.engine.SegmentationConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/** Reads segmentation rules from a YAML file laid out as {@code tiersync.segmentation.*}, for the command line. */
public final class RulesFile {

    private RulesFile() {
    }

    /**
     * The rules in the file, over the shipped defaults; the defaults alone when {@code file} is null.
     *
     * @throws IllegalArgumentException naming the file and, for a bad rule, the key and what to fix
     */
    public static SegmentationConfig load(Path file) {
        if (file == null) {
            return SegmentationConfig.defaults();
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("rules file " + file + " does not exist");
        }
        try {
            List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load(file.toString(), new FileSystemResource(file));
            return new Binder(ConfigurationPropertySources.from(yaml))
                    .bindOrCreate("tiersync.segmentation", SegmentationProperties.class).toConfig();
        } catch (IOException | IllegalStateException e) {
            throw new IllegalArgumentException("rules file " + file + " is not readable YAML: " + e.getMessage(), e);
        } catch (BindException e) {
            throw new IllegalArgumentException("rules file " + file + ": " + reason(e), e);
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
