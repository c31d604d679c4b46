package dev.tiersync.scheduler.database;

import com.zaxxer.hikari.HikariDataSource;
import dev.tiersync.scheduler.config.StoreProperties;
import dev.tiersync.store.JdbcSnapshotStore;
import dev.tiersync.store.StoreSettings;
import java.util.Properties;
import javax.sql.DataSource;
import dev.tiersync.store.SchemaMigrations;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * TierSync's one database: the sync's snapshots, Quartz's job store and the run history, on an
 * embedded H2 file by default or PostgreSQL ({@code tiersync.store.*}). Its schema is brought up to
 * date by Flyway before anything uses it; nothing drops a table on start.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    static final String MIGRATIONS = "classpath:dev/tiersync/scheduler/migration";
    static final String HISTORY_TABLE = "ts_scheduler_schema_history";

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(StoreProperties store) {
        StoreSettings settings = store.settings();
        HikariDataSource dataSource = settings.pool("tiersync", 10);
        try {
            migrate(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw new IllegalStateException("cannot prepare the database at " + settings.safeUrl() + ": " + e.getMessage(), e);
        }
        return dataSource;
    }

    /** Brings the scheduler's tables (Quartz, leases, run history) up to date. */
    public static void migrate(DataSource dataSource) {
        SchemaMigrations.migrate(dataSource, MIGRATIONS, HISTORY_TABLE);
    }

    @Bean
    JdbcSnapshotStore snapshotStore(DataSource dataSource) {
        return JdbcSnapshotStore.on(dataSource);
    }

    /** Quartz reads and writes its job data as PostgreSQL's {@code bytea} only through its PostgreSQL delegate. */
    @Bean
    SchedulerFactoryBeanCustomizer driverDelegate(StoreProperties store, QuartzProperties quartz) {
        return scheduler -> {
            Properties properties = new Properties();
            properties.putAll(quartz.getProperties());
            if (store.settings().url().startsWith("jdbc:postgresql:")) {
                properties.put("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
            }
            scheduler.setQuartzProperties(properties);
        };
    }
}
