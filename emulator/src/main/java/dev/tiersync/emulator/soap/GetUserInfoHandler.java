package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.xml.SoapRequest;

/** {@code getUserInfo}: who the session belongs to. */
final class GetUserInfoHandler implements SoapOperation {

    @Override
    public String handle(SoapRequest request, OrgContext org) {
        return "<result>" + LoginHandler.userInfo(org) + "</result>";
    }
}
