package dev.tiersync.scheduler.config;

import dev.tiersync.salesforce.Secret;
import dev.tiersync.store.StoreSettings;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The snapshot database, under {@code tiersync.store.*}: unset, an embedded database file in
 * {@code $TIERSYNC_HOME} or {@code ~/.tiersync}; or a JDBC URL of PostgreSQL (or H2).
 *
 * @param url {@code jdbc:postgresql://host:5432/db} or {@code jdbc:h2:file:/path}
 * @param username the database user
 * @param password set it through the environment variable {@code TIERSYNC_STORE_PASSWORD}
 */
@ConfigurationProperties("tiersync.store")
public record StoreProperties(String url, String username, Secret password) {

    public StoreProperties {
        if (url != null) {
            try {
                new StoreSettings(url, username, password);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("tiersync.store.url: " + e.getMessage(), e);
            }
        }
    }

    public StoreSettings settings() {
        if (url != null) {
            return new StoreSettings(url, username, password);
        }
        String home = System.getenv("TIERSYNC_HOME");
        return home == null || home.isBlank() ? StoreSettings.defaultEmbedded() : StoreSettings.embedded(Path.of(home));
    }

    @Override
    public String toString() {
        return "StoreProperties[url=" + (url == null ? "embedded" : settings().safeUrl()) + ", username=" + username
                + ", password=******]";
    }
}
