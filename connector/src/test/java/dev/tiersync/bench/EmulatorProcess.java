package dev.tiersync.bench;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import java.io.IOException;
import java.time.LocalDate;

/**
 * An emulated org in its own process, so a benchmark's heap holds only the sync: prints
 * {@code READY <login url>} and serves until its standard input closes.
 */
public final class EmulatorProcess {

    private EmulatorProcess() {
    }

    public static void main(String[] args) throws IOException {
        int accounts = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        LocalDate asOf = LocalDate.parse(args[2]);
        boolean engagement = args.length > 3 && args[3].equals("engagement");
        OrgData data = engagement ? OrgData.generateWithEngagement(accounts, seed, asOf) : OrgData.generate(accounts, seed, asOf);
        try (EmulatedOrg org = EmulatedOrg.start(EmulatorSettings.of(data))) {
            System.out.println("READY " + org.loginUrl());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the benchmark closes our input
            }
        }
    }
}
