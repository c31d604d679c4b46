package dev.tiersync.scheduler.cli;

import dev.tiersync.scheduler.TierSyncApplication;
import dev.tiersync.scheduler.config.ConfigurationProblems;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code tiersync serve}: the application, syncing on its schedule until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run TierSync as a service that syncs on the cron in tiersync.schedule.cron.",
                "Spring Boot settings may follow, e.g. --tiersync.org.login-url=https://login.salesforce.com"})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Unmatched
    List<String> springArguments = new java.util.ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        SpringApplication application = new SpringApplication(TierSyncApplication.class);
        application.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        ConfigurableApplicationContext context;
        try {
            context = application.run(springArguments.toArray(String[]::new));
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
        if (context.isActive()) {
            closed.await();
        }
        return 0;
    }
}
