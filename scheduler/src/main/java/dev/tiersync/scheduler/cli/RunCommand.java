package dev.tiersync.scheduler.cli;

import dev.tiersync.domain.engine.SegmentationConfig;
import dev.tiersync.salesforce.Authentication;
import dev.tiersync.runtime.SyncRuntime;
import dev.tiersync.salesforce.OrgAccess;
import dev.tiersync.salesforce.OrgCredentials;
import dev.tiersync.salesforce.PrivateKeys;
import dev.tiersync.salesforce.wsc.WscSettings;
import dev.tiersync.scheduler.config.SalesforceProperties;
import dev.tiersync.scheduler.config.SettingsFile;
import dev.tiersync.scheduler.problem.InvalidInput;
import dev.tiersync.salesforce.Secret;
import dev.tiersync.store.JdbcSnapshotStore;
import dev.tiersync.store.StoreSettings;
import dev.tiersync.sync.SnapshotStoreException;
import dev.tiersync.sync.SnapshotUnavailableException;
import dev.tiersync.scheduler.problem.Conflict;
import dev.tiersync.plugins.PluginRegistry;
import dev.tiersync.sync.RunPlugins;
import dev.tiersync.sync.SyncJob;
import dev.tiersync.sync.SyncListener;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncRequest;
import dev.tiersync.sync.WritePermit;
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
    /** The name a one-off run knows its org by: the key of its call policy and of its snapshot's alias. */
    static final String ORG_NAME = "default";

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

    @CommandLine.Mixin
    SettingsOption settings;

    @CommandLine.Mixin
    PluginsOption plugins;

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

    @Option(names = "--trust-store", paramLabel = "FILE",
            description = {"Trust these certificates instead of the JDK's: a PEM file (.pem, .crt, .cer), such as the one "
                    + "tiersync emulator --https --certificate-out writes, or a JKS/PKCS12 trust store",
                    "whose password, if any, is read from " + RunCommand.TRUST_STORE_PASSWORD_VARIABLE + "."})
    Path trustStore;

    @Option(names = "--snapshot-db-user", paramLabel = "USER", description = "The snapshot database's user")
    String snapshotDbUser;

    static final String SNAPSHOT_PASSWORD_VARIABLE = "TIERSYNC_SNAPSHOT_DB_PASSWORD";
    static final String HOME_VARIABLE = "TIERSYNC_HOME";
    static final String TRUST_STORE_PASSWORD_VARIABLE = "TIERSYNC_TRUST_STORE_PASSWORD";

    RunCommand(CliContext context) {
        this.context = context;
    }

    private Authentication authentication() {
        if ((jwtConsumerKey == null) != (jwtKeyFile == null)) {
            throw new InvalidInput("give both --jwt-consumer-key and --jwt-key-file for the JWT bearer flow, or neither");
        }
        if (jwtConsumerKey != null) {
            Secret pem;
            try {
                pem = Secret.of(java.nio.file.Files.readString(jwtKeyFile));
            } catch (java.io.IOException e) {
                throw new InvalidInput("cannot read the private key file " + jwtKeyFile + ": " + e.getMessage(), e);
            }
            InvalidInput.from(() -> PrivateKeys.rsaFromPkcs8Pem(pem));
            return new Authentication.JwtBearer(jwtConsumerKey, pem);
        }
        String password = context.environment().get(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            throw new InvalidInput("set the environment variable " + PASSWORD_VARIABLE
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
        return InvalidInput.from(() -> new StoreSettings(snapshotDb, snapshotDbUser,
                password == null || password.isEmpty() ? null : Secret.of(password)));
    }

    /** The settings file's, with the trust store of {@code --trust-store} when given. */
    private WscSettings salesforce(WscSettings fromFile) {
        if (trustStore == null) {
            return fromFile;
        }
        String password = context.environment().get(TRUST_STORE_PASSWORD_VARIABLE);
        return fromFile.withTrust(InvalidInput.from(() -> SalesforceProperties.trust(trustStore,
                password == null || password.isEmpty() ? null : Secret.of(password))));
    }

    @Override
    public Integer call() {
        LocalDate day = AsOfDate.of(asOf, context.clock());
        OrgCredentials credentials = InvalidInput.from(() -> new OrgCredentials(OrgCredentials.parseLoginUrl(loginUrl), username,
                authentication()));
        SegmentationConfig rulesInForce = rules.load();
        SettingsFile settingsInForce = settings.load();
        StoreSettings storeSettings = storeSettings();
        JdbcSnapshotStore store;
        try {
            store = JdbcSnapshotStore.open(storeSettings);
        } catch (SnapshotStoreException e) {
            throw new InvalidInput(e.getMessage() + " (--snapshot-db)", e);
        } catch (SnapshotUnavailableException e) {
            if (e.reason() == SnapshotUnavailableException.Reason.IN_USE) {
                throw new Conflict(e.getMessage(), e);
            }
            throw new InvalidInput(e.getMessage() + " (--snapshot-db)", e);
        }
        try (store; PluginRegistry loaded = plugins.start(settingsInForce, context.clock())) {
            SyncJob job = rules.job(SyncRuntime.builder().clock(context.clock()).sync(settingsInForce.sync())
                    .resilience(settingsInForce.resilience()).salesforce(salesforce(settingsInForce.salesforce())).store(store)
                    .plugins(loaded).build(), rulesInForce);
            RunPlugins runPlugins = job.startPlugins();
            SyncReport report = job.run(new OrgAccess(ORG_NAME, credentials), new SyncRequest(day, dryRun, force, full),
                    WritePermit.ALWAYS, SyncListener.NONE, runPlugins);
            ReportFormat.print(report, credentials.loginUrl().toString(), json, spec.commandLine().getOut());
            PluginsOption.runFinished(runPlugins, ORG_NAME, report, "run", spec.commandLine().getErr());
            return ExitCodes.of(report.status());
        }
    }
}
