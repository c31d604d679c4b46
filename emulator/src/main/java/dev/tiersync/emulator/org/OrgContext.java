package dev.tiersync.emulator.org;

import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.soql.SoqlParser;
import dev.tiersync.emulator.store.Clocks;
import dev.tiersync.emulator.store.InMemoryOrgStore;
import dev.tiersync.emulator.audit.WriteAudit;
import dev.tiersync.emulator.faults.FaultInjector;
import dev.tiersync.emulator.org.ApiVersion;

/**
 * What the operations work on: the store, sessions, open query cursors and the org's identity.
 *
 * @param baseUrl scheme, host and port the org answers on
 * @param version the API version of the request being answered
 */
public record OrgContext(EmulatorSettings settings, InMemoryOrgStore store, Sessions sessions, QueryCursors cursors,
                         SoqlParser soql, Clocks clocks, WriteAudit audit, FaultInjector faults, String baseUrl,
                         ApiVersion version) {

    /** The prefix of every emulated org's id; the rest is the port, so orgs running side by side differ. */
    public static final String ORG_ID = "00D5g000004EMUL";
    public static final String USER_ID = "0055g00000EMUL1AAA";
    public static final String SOAP_ROOT = "/services/Soap/u/";
    public static final String BULK_ROOT = "/services/async/";
    public static final String API_PATH = SOAP_ROOT + ApiVersion.latest();

    /** The same org, answering a request of the given API version. */
    public OrgContext atVersion(ApiVersion requested) {
        return new OrgContext(settings, store, sessions, cursors, soql, clocks, audit, faults, baseUrl, requested);
    }

    /** The SOAP endpoint of the org at the request's version, as login hands it out. */
    public String serverUrl() {
        return baseUrl + SOAP_ROOT + version + "/" + orgId();
    }

    /** A 15-character org id: {@code 00D5g} and the port, zero-padded. */
    public String orgId() {
        return orgIdFor(java.net.URI.create(baseUrl).getPort());
    }

    public static String orgIdFor(int port) {
        return String.format(java.util.Locale.ROOT, "00D5g%010d", port);
    }
}
