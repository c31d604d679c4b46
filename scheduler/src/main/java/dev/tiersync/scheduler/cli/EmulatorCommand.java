package dev.tiersync.scheduler.cli;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
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

    EmulatorCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (data != null && generate != null) {
            throw new IllegalArgumentException("give either --data or --generate, not both");
        }
        if (generate != null && generate < 0) {
            throw new IllegalArgumentException("--generate must be 0 or more accounts, was " + generate);
        }
        OrgData orgData = data != null ? OrgData.fromCsvFolder(data)
                : OrgData.generate(generate == null ? 200 : generate, seed, LocalDate.now(context.clock()));
        EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(orgData).withPort(port));
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
}
