package dev.tiersync.scheduler.cli;

import dev.tiersync.scheduler.TierSyncApplication;
import dev.tiersync.scheduler.config.ConfigurationProblems;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code tiersync serve}: the application, syncing on its schedule until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run TierSync as a service that syncs on the cron in tiersync.schedule.cron.",
                "Spring Boot settings may follow, e.g. --tiersync.org.login-url=https://login.salesforce.com"})
final class ServeCommand implements Callable<Integer> {

    private final CliContext context;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--demo", description = "Start with an emulated org of generated accounts (as demo does) and an admin "
            + "whose password is generated and shown once")
    boolean demo;

    ServeCommand(CliContext context) {
        this.context = context;
    }

    @Unmatched
    List<String> springArguments = new java.util.ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        if (!demo) {
            return serve(null);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (FirstStart first = FirstStart.begin(LocalDate.now(context.clock()), new SecureRandom())) {
            out.printf("Started an emulated Salesforce org at %s with %,d accounts and %,d opportunities (generated, seed %d)%n",
                    first.org().loginUrl(), first.org().store().count("Account"), first.org().store().count("Opportunity"),
                    DemoCommand.GENERATOR_SEED);
            out.flush();
            return serve(first);
        }
    }

    private int serve(FirstStart first) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        SpringApplication application = new SpringApplication(TierSyncApplication.class);
        if (first != null) {
            application.setDefaultProperties(first.settings());
        }
        application.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        ConfigurableApplicationContext started;
        try {
            started = application.run(springArguments.toArray(String[]::new));
        } catch (RuntimeException e) {
            // Spring Boot has already logged the reason ("APPLICATION FAILED TO START"); a setting to fix is one line here.
            java.util.Optional<String> setting = ConfigurationProblems.describe(e);
            if (setting.isPresent()) {
                spec.commandLine().getErr().println("tiersync serve: " + setting.get());
                return ExitCodes.USAGE;
            }
            spec.commandLine().getErr().println("tiersync serve: the application did not start; the reason is above");
            return ExitCodes.FAILED;
        }
        if (first != null) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(first.loginLine(started.getEnvironment().getRequiredProperty("local.server.port", Integer.class)));
            out.flush();
        }
        if (started.isActive()) {
            closed.await();
        }
        return 0;
    }
}
