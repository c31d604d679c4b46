package dev.tiersync.bench;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import java.io.IOException;
import java.time.LocalDate;

/**
 * An emulated org in its own process, so a benchmark's heap holds only the sync: prints
 * {@code READY <login url>} and serves until its standard input closes. Arguments: accounts, seed, as-of day, then
 * optionally {@code engagement} (related objects too) and a latency in milliseconds every answer is held back.
 */
public final class EmulatorProcess {

    private EmulatorProcess() {
    }

    public static void main(String[] args) throws IOException {
        int accounts = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        LocalDate asOf = LocalDate.parse(args[2]);
        boolean engagement = args.length > 3 && args[3].equals("engagement");
        long latencyMillis = args.length > 4 ? Long.parseLong(args[4]) : 0;
        OrgData data = engagement ? OrgData.generateWithEngagement(accounts, seed, asOf) : OrgData.generate(accounts, seed, asOf);
        EmulatorSettings settings = EmulatorSettings.of(data);
        if (latencyMillis > 0) {
            // every answer held back this long, as a real org's take hundreds of milliseconds to come
            settings = settings.withFaults(dev.tiersync.emulator.FaultPlan.none().withSlowResponses(1.0,
                    java.time.Duration.ofMillis(latencyMillis)));
        }
        try (EmulatedOrg org = EmulatedOrg.start(settings)) {
            System.out.println("READY " + org.loginUrl());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the benchmark closes our input
            }
        }
    }
}
