package dev.tiersync.scheduler.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates Quartz's job store tables from the schema script Quartz ships for the database in use (H2 or
 * PostgreSQL). Its {@code DROP TABLE} lines are left out: a migration creates, it never drops.
 */
public final class V1__QuartzTables extends BaseJavaMigration {

    static final String SCRIPTS = "org/quartz/impl/jdbcjobstore/";

    @Override
    public void migrate(Context context) throws SQLException, IOException {
        Connection connection = context.getConnection();
        String script = script(connection.getMetaData().getDatabaseProductName());
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script)) {
                statement.execute(sql);
            }
        }
    }

    private static String script(String product) throws IOException {
        String name = switch (product.toLowerCase(Locale.ROOT)) {
            case "h2" -> "tables_h2.sql";
            case "postgresql" -> "tables_postgres.sql";
            default -> throw new IllegalStateException("TierSync's scheduler runs on H2 or PostgreSQL, not " + product);
        };
        try (InputStream in = V1__QuartzTables.class.getClassLoader().getResourceAsStream(SCRIPTS + name)) {
            if (in == null) {
                throw new IllegalStateException("Quartz's schema script " + SCRIPTS + name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The script's statements, without comments, {@code DROP}s or transaction control. */
    static java.util.List<String> statements(String script) {
        StringBuilder text = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("--") && !trimmed.startsWith("#")) {
                text.append(line).append('\n');
            }
        }
        java.util.List<String> statements = new java.util.ArrayList<>();
        for (String sql : text.toString().split(";")) {
            String trimmed = sql.strip();
            String upper = trimmed.toUpperCase(Locale.ROOT);
            if (!trimmed.isEmpty() && !upper.startsWith("DROP") && !upper.equals("COMMIT") && !upper.startsWith("BEGIN")) {
                statements.add(trimmed);
            }
        }
        return statements;
    }
}
