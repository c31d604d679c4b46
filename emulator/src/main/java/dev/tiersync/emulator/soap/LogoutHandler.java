package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.xml.SoapRequest;

/** {@code logout}: ends the session. */
final class LogoutHandler implements SoapOperation {

    @Override
    public String handle(SoapRequest request, OrgContext org) {
        org.sessions().close(request.sessionId());
        return "";
    }
}
