package dev.tiersync.store;

import dev.tiersync.salesforce.Secret;
import java.nio.file.Path;

/**
 * Where the snapshot database lives.
 *
 * @param url a JDBC URL: {@code jdbc:h2:file:...} for the embedded database, {@code jdbc:postgresql://...}
 * @param username the database user; may be empty for H2
 * @param password the database password; null when there is none
 */
public record StoreSettings(String url, String username, Secret password) {

    public StoreSettings {
        if (url == null || !(url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:"))) {
            throw new IllegalArgumentException("the snapshot database URL must start with jdbc:h2: (embedded) or "
                    + "jdbc:postgresql: (PostgreSQL), was " + (url == null ? "nothing" : "'" + url.replaceAll("(?i)password=[^&;]*", "password=******") + "'"));
        }
        username = username == null ? "" : username;
    }

    /** The embedded database file in a directory, created on first use. */
    public static StoreSettings embedded(Path directory) {
        return new StoreSettings("jdbc:h2:file:" + directory.toAbsolutePath().resolve("snapshot") + ";AUTO_SERVER=FALSE", "sa", null);
    }

    /** The default: {@code ~/.tiersync/snapshot.mv.db}. */
    public static StoreSettings defaultEmbedded() {
        return embedded(Path.of(System.getProperty("user.home"), ".tiersync"));
    }

    /** The URL with any password in it masked, for messages. */
    public String safeUrl() {
        return url.replaceAll("(?i)password=[^&;]*", "password=******");
    }

    @Override
    public String toString() {
        return "StoreSettings[url=" + safeUrl() + ", username=" + username + ", password=******]";
    }
}
