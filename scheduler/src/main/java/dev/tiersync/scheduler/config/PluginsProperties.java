package dev.tiersync.scheduler.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where rule plugins are, under {@code tiersync.plugins.*}: every jar in the folder is loaded at
 * start-up, and the churn and upsell signals it registers (META-INF/services) run beside the built-in ones.
 *
 * @param dir the folder (default {@code plugins}, relative to the working directory); absent is fine
 */
@ConfigurationProperties("tiersync.plugins")
public record PluginsProperties(@DefaultValue("plugins") Path dir) {
}
