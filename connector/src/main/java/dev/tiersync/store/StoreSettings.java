package dev.tiersync.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tiersync.salesforce.Secret;
import dev.tiersync.sync.SnapshotStoreException;
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

    /**
     * A connection pool on the database, connected at once: a database that cannot be reached fails here,
     * saying where and why.
     *
     * @throws SnapshotStoreException when no connection can be made
     * @throws dev.tiersync.sync.SnapshotUnavailableException when the embedded file is in use by another process,
     *                                                       damaged or not writable, saying what to do
     */
    public HikariDataSource pool(String name, int maximumSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(username);
        if (password != null) {
            config.setPassword(password.reveal());
        }
        config.setPoolName(name);
        config.setMaximumPoolSize(maximumSize);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(1);
        java.util.Optional<H2File> file = H2File.of(url);
        file.ifPresent(H2File::prepare);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            java.util.Optional<dev.tiersync.sync.SnapshotUnavailableException> explained = file.flatMap(f -> f.explain(e));
            if (explained.isPresent()) {
                throw explained.get();
            }
            throw new SnapshotStoreException("cannot open the snapshot database at " + safeUrl() + ": " + rootMessage(e)
                    + "; check tiersync.store.url, the user and that the database is running", e);
        }
        try {
            file.ifPresent(f -> f.check(pool));
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return pool;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
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
