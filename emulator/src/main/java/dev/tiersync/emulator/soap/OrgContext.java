package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.soql.SoqlParser;
import dev.tiersync.emulator.store.Clocks;
import dev.tiersync.emulator.store.InMemoryOrgStore;
import dev.tiersync.emulator.audit.WriteAudit;
import dev.tiersync.emulator.faults.FaultInjector;

/**
 * What the operations work on: the store, sessions, open query cursors and the org's identity.
 *
 * @param baseUrl scheme, host and port the org answers on
 */
public record OrgContext(EmulatorSettings settings, InMemoryOrgStore store, Sessions sessions, QueryCursors cursors,
                         SoqlParser soql, Clocks clocks, WriteAudit audit, FaultInjector faults, String baseUrl) {

    public static final String ORG_ID = "00D5g000004EMUL";
    public static final String USER_ID = "0055g00000EMUL1AAA";
    public static final String API_PATH = "/services/Soap/u/65.0";

    public String serverUrl() {
        return baseUrl + API_PATH + "/" + ORG_ID;
    }
}
