package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.store.Clocks;
import dev.tiersync.emulator.xml.SoapRequest;

/** {@code getServerTimestamp}: the org's clock. */
final class ServerTimestampHandler implements SoapOperation {

    @Override
    public String handle(SoapRequest request, OrgContext org) {
        return "<result><timestamp>" + Clocks.format(org.clocks().now()) + "</timestamp></result>";
    }
}
