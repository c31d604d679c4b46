package dev.tiersync.scheduler.cli;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.EmulatorTls;
import dev.tiersync.emulator.FaultPlan;
import dev.tiersync.emulator.JwtBearerTrust;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.scheduler.problem.InvalidInput;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tiersync emulator}: a standalone emulated org that serves until killed. */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = "Serve an emulated Salesforce org on 127.0.0.1 until killed. Log in as "
                + EmulatorSettings.DEFAULT_USERNAME + " with password " + EmulatorSettings.DEFAULT_PASSWORD + ".")
final class EmulatorCommand implements Callable<Integer> {

    private final CliContext context;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8085", paramLabel = "N", description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data", paramLabel = "DIR", description = "Seed from a folder of Data Loader CSV exports")
    Path data;

    @Option(names = "--generate", paramLabel = "ACCOUNTS", description = "Generate an org of this many accounts (default: 200)")
    Integer generate;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--daily-api-limit", paramLabel = "N", description = "API requests allowed per day (default: 1,000,000)")
    Integer dailyApiLimit;

    @Option(names = "--session-timeout", paramLabel = "DURATION", description = "Session idle timeout, e.g. PT2H (default: 2 hours)")
    Duration sessionTimeout;

    @Option(names = "--jwt-consumer-key", paramLabel = "KEY", description = "Turn on the JWT bearer flow for this connected app")
    String jwtConsumerKey;

    @Option(names = "--jwt-certificate", paramLabel = "FILE", description = "The app's X.509 certificate (PEM) the JWTs are checked with")
    Path jwtCertificate;

    @Option(names = "--fault-seed", defaultValue = "1", paramLabel = "N", description = "Seed of the injected failures (default: ${DEFAULT-VALUE})")
    long faultSeed;

    @Option(names = "--lock-failure-rate", defaultValue = "0", paramLabel = "SHARE",
            description = "Share of updated records refused with UNABLE_TO_LOCK_ROW, 0 to 1")
    double lockFailureRate;

    @Option(names = "--validation-failures", split = ",", paramLabel = "ID",
            description = "Record ids a validation rule refuses (FIELD_CUSTOM_VALIDATION_EXCEPTION)")
    Set<String> validationFailures = Set.of();

    @Option(names = "--unavailable-rate", defaultValue = "0", paramLabel = "SHARE", description = "Share of calls answered with HTTP 503")
    double unavailableRate;

    @Option(names = "--reset-rate", defaultValue = "0", paramLabel = "SHARE", description = "Share of calls whose connection is reset")
    double resetRate;

    @Option(names = "--slow-rate", defaultValue = "0", paramLabel = "SHARE", description = "Share of calls answered late")
    double slowRate;

    @Option(names = "--slow-delay", defaultValue = "PT2S", paramLabel = "DURATION", description = "How late (default: ${DEFAULT-VALUE})")
    Duration slowDelay;

    @Option(names = "--session-expiry-after-calls", defaultValue = "0", paramLabel = "N",
            description = "Expire each session after N calls (0: never)")
    int sessionExpiryAfterCalls;

    @Option(names = "--daily-limit-after-calls", defaultValue = "0", paramLabel = "N",
            description = "Reach the daily API limit after N calls (0: only the configured limit)")
    int dailyLimitAfterCalls;

    @Option(names = "--https", description = "Serve HTTPS instead of HTTP, with a self-signed certificate for 127.0.0.1 and "
            + "localhost made at start, or the key of --keystore")
    boolean https;

    @Option(names = "--certificate-out", paramLabel = "FILE", description = "With --https: write the org's certificate here as PEM, "
            + "for clients to trust")
    Path certificateOut;

    @Option(names = "--keystore", paramLabel = "FILE", description = "With --https: serve the first key of this JKS or PKCS12 "
            + "keystore instead of a self-signed certificate")
    Path keystore;

    @Option(names = "--keystore-password", paramLabel = "PASSWORD", defaultValue = "changeit",
            description = "The --keystore's password (default: changeit)")
    char[] keystorePassword;

    EmulatorCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (data != null && generate != null) {
            throw new InvalidInput("give either --data or --generate, not both");
        }
        if (generate != null && generate < 0) {
            throw new InvalidInput("--generate must be 0 or more accounts, was " + generate);
        }
        OrgData orgData = InvalidInput.from(() -> data != null ? OrgData.fromCsvFolder(data)
                : OrgData.generate(generate == null ? 200 : generate, seed, LocalDate.now(context.clock())));
        FaultPlan faults = InvalidInput.from(() -> new FaultPlan(faultSeed, lockFailureRate, validationFailures, unavailableRate,
                resetRate, slowRate, slowDelay, sessionExpiryAfterCalls, dailyLimitAfterCalls));
        EmulatorSettings settings = EmulatorSettings.of(orgData).withPort(port).withFaults(faults);
        if (dailyApiLimit != null) {
            settings = settings.withDailyApiLimit(dailyApiLimit);
        }
        if (sessionTimeout != null) {
            settings = settings.withSessionTimeout(sessionTimeout);
        }
        if ((jwtConsumerKey == null) != (jwtCertificate == null)) {
            throw new InvalidInput("give both --jwt-consumer-key and --jwt-certificate, or neither");
        }
        if (jwtConsumerKey != null) {
            String certificate = readCertificate(jwtCertificate);
            settings = settings.withJwtBearer(InvalidInput.from(() -> JwtBearerTrust.ofCertificate(jwtConsumerKey, certificate)));
        }
        settings = settings.withHttps(tls());
        EmulatedOrg org;
        try {
            org = EmulatedOrg.start(settings);
        } catch (com.github.tomakehurst.wiremock.common.FatalStartupException e) {
            if (!String.valueOf(e.getMessage()).contains("bind")) {
                throw e;
            }
            throw new InvalidInput("cannot listen on port " + port + ": it is in use by another program (or not yours to "
                    + "take); give another with --port, or 0 for any free one", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            org.close();
            stopped.countDown();
        }, "emulator-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Emulator org ready at " + org.loginUrl());
        out.printf("  %,d accounts, %,d opportunities; SOAP endpoint %s; log in as %s / %s%n",
                org.store().count("Account"), org.store().count("Opportunity"), org.authEndpoint(),
                EmulatorSettings.DEFAULT_USERNAME, EmulatorSettings.DEFAULT_PASSWORD);
        out.flush();
        stopped.await();
        return 0;
    }

    private EmulatorTls tls() {
        if (!https) {
            if (certificateOut != null || keystore != null) {
                throw new InvalidInput("--certificate-out and --keystore need --https");
            }
            return EmulatorTls.off();
        }
        EmulatorTls tls = keystore != null ? EmulatorTls.keystore(keystore, keystorePassword) : EmulatorTls.selfSigned();
        return certificateOut != null ? tls.writingCertificateTo(certificateOut) : tls;
    }

    private static String readCertificate(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new InvalidInput("cannot read the certificate " + file + ": " + e.getMessage(), e);
        }
    }
}
