package dev.tiersync.scheduler.cli;

import dev.tiersync.domain.engine.Segmenter;
import dev.tiersync.salesforce.Authentication;
import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.salesforce.Secret;
import dev.tiersync.salesforce.resilience.Resilience4jGuard;
import dev.tiersync.salesforce.resilience.ResilienceSettings;
import dev.tiersync.salesforce.wsc.WscOrgConnector;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.store.JdbcSnapshotStore;
import dev.tiersync.store.StoreSettings;
import dev.tiersync.sync.SnapshotStoreException;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.SyncSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tiersync run}: one sync of one org. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Sync one org once: pull accounts and opportunities, tier them, write back what changed.",
                "The password is read from the environment variable " + RunCommand.PASSWORD_VARIABLE + "."})
final class RunCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "TIERSYNC_PASSWORD";

    private final CliContext context;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--login-url", required = true, paramLabel = "URL",
            description = "Scheme, host and port of the login server, e.g. https://login.salesforce.com")
    String loginUrl;

    @Option(names = "--username", required = true, paramLabel = "USER", description = "The integration user")
    String username;

    @CommandLine.Mixin
    RulesOption rules;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Assess as of this day (default: today)")
    LocalDate asOf;

    @Option(names = "--dry-run", description = "Do everything but write")
    boolean dryRun;

    @Option(names = "--json", description = "Print the report as JSON")
    boolean json;

    @Option(names = "--force", description = "Write even when more accounts change tier than the safety brake allows")
    boolean force;

    @Option(names = "--jwt-consumer-key", paramLabel = "KEY",
            description = "Log in with the OAuth 2.0 JWT bearer flow of this connected app instead of a password")
    String jwtConsumerKey;

    @Option(names = "--jwt-key-file", paramLabel = "FILE", description = "The connected app's RSA private key, PKCS#8 PEM")
    java.nio.file.Path jwtKeyFile;

    @Option(names = "--full", description = "Pull everything rather than what changed since the last run (a reconciliation)")
    boolean full;

    @Option(names = "--snapshot-db", paramLabel = "JDBC_URL",
            description = {"Where the org's snapshot is kept between runs: jdbc:h2:file:PATH or jdbc:postgresql://HOST/DB",
                    "(default: an embedded database in $TIERSYNC_HOME, else ~/.tiersync).",
                    "Its password, if any, is read from " + RunCommand.SNAPSHOT_PASSWORD_VARIABLE + "."})
    String snapshotDb;

    @Option(names = "--snapshot-db-user", paramLabel = "USER", description = "The snapshot database's user")
    String snapshotDbUser;

    static final String SNAPSHOT_PASSWORD_VARIABLE = "TIERSYNC_SNAPSHOT_DB_PASSWORD";
    static final String HOME_VARIABLE = "TIERSYNC_HOME";

    RunCommand(CliContext context) {
        this.context = context;
    }

    private Authentication authentication() {
        if ((jwtConsumerKey == null) != (jwtKeyFile == null)) {
            throw new IllegalArgumentException("give both --jwt-consumer-key and --jwt-key-file for the JWT bearer flow, or neither");
        }
        if (jwtConsumerKey != null) {
            try {
                return new Authentication.JwtBearer(jwtConsumerKey, Secret.of(java.nio.file.Files.readString(jwtKeyFile)));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("cannot read the private key file " + jwtKeyFile + ": " + e.getMessage(), e);
            }
        }
        String password = context.environment().get(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("set the environment variable " + PASSWORD_VARIABLE
                    + " to the user's password (with its security token appended if the org asks for one), or use "
                    + "--jwt-consumer-key with --jwt-key-file; TierSync never takes a password as a flag");
        }
        return new Authentication.Password(Secret.of(password));
    }

    private StoreSettings storeSettings() {
        if (snapshotDb == null) {
            String home = context.environment().get(HOME_VARIABLE);
            return home == null || home.isBlank() ? StoreSettings.defaultEmbedded() : StoreSettings.embedded(Path.of(home));
        }
        String password = context.environment().get(SNAPSHOT_PASSWORD_VARIABLE);
        return new StoreSettings(snapshotDb, snapshotDbUser,
                password == null || password.isEmpty() ? null : Secret.of(password));
    }

    @Override
    public Integer call() {
        OrgCredentials credentials = new OrgCredentials(OrgCredentials.parseLoginUrl(loginUrl), username, authentication());
        Segmenter segmenter = new Segmenter(rules.load());
        StoreSettings storeSettings = storeSettings();
        JdbcSnapshotStore store;
        try {
            store = JdbcSnapshotStore.open(storeSettings);
        } catch (SnapshotStoreException e) {
            throw new IllegalArgumentException(e.getMessage() + " (--snapshot-db)", e);
        }
        try (store) {
            SyncJob job = new SyncJob(new WscOrgConnector(WscSettings.defaults(),
                    login -> new Resilience4jGuard(login.loginUrl().getHost(), ResilienceSettings.defaults())), segmenter,
                    context.clock(), SyncSettings.defaults(), store);
            LocalDate day = asOf != null ? asOf : LocalDate.now(context.clock());
            SyncReport report = job.run(credentials, new SyncRequest(day, dryRun, force, full));
            ReportFormat.print(report, credentials.loginUrl().toString(), json, spec.commandLine().getOut());
            return ExitCodes.of(report.status());
        }
    }
}
