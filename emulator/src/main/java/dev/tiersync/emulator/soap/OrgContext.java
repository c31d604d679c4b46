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

    /** The prefix of every emulated org's id; the rest is the port, so orgs running side by side differ. */
    public static final String ORG_ID = "00D5g000004EMUL";
    public static final String USER_ID = "0055g00000EMUL1AAA";
    public static final String API_PATH = "/services/Soap/u/65.0";

    public String serverUrl() {
        return baseUrl + API_PATH + "/" + orgId();
    }

    /** A 15-character org id: {@code 00D5g} and the port, zero-padded. */
    public String orgId() {
        return orgIdFor(java.net.URI.create(baseUrl).getPort());
    }

    public static String orgIdFor(int port) {
        return String.format(java.util.Locale.ROOT, "00D5g%010d", port);
    }
}
