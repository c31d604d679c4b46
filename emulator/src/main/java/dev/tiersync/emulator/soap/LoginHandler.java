package dev.tiersync.emulator.soap;

import dev.tiersync.emulator.org.OrgContext;
import dev.tiersync.emulator.xml.SoapRequest;
import dev.tiersync.emulator.xml.Xml;

/** {@code login}: checks the username and password and opens a session. */
final class LoginHandler implements SoapOperation {

    @Override
    public boolean needsSession() {
        return false;
    }

    @Override
    public String handle(SoapRequest request, OrgContext org) {
        String username = request.operation().childText("username");
        String password = request.operation().childText("password");
        if (!org.settings().username().equals(username) || !org.settings().password().equals(password)) {
            throw new SoapFault("INVALID_LOGIN", "Invalid username, password, security token; or user locked out.", "LoginFault");
        }
        String sessionId = org.sessions().open(org.clocks().now());
        return "<result><metadataServerUrl>" + org.baseUrl() + "/services/Soap/m/" + org.version() + "/" + org.orgId()
                + "</metadataServerUrl><passwordExpired>false</passwordExpired><sandbox>true</sandbox><serverUrl>"
                + org.serverUrl() + "</serverUrl><sessionId>" + sessionId + "</sessionId><userId>" + OrgContext.USER_ID
                + "</userId><userInfo>" + userInfo(org) + "</userInfo></result>";
    }

    /** The elements of a {@code GetUserInfoResult}, in v65 order. */
    static String userInfo(OrgContext org) {
        String user = Xml.escape(org.settings().username());
        return "<accessibilityMode>false</accessibilityMode><chatterExternal>false</chatterExternal>"
                + "<currencySymbol>$</currencySymbol><orgAttachmentFileSizeLimit>5242880</orgAttachmentFileSizeLimit>"
                + "<orgDefaultCurrencyIsoCode>USD</orgDefaultCurrencyIsoCode><orgDefaultCurrencyLocale>en_US</orgDefaultCurrencyLocale>"
                + "<orgDisallowHtmlAttachments>false</orgDisallowHtmlAttachments><orgHasPersonAccounts>false</orgHasPersonAccounts>"
                + "<organizationId>" + org.orgId() + "EAA</organizationId><organizationMultiCurrency>false</organizationMultiCurrency>"
                + "<organizationName>TierSync Emulated Org</organizationName><profileId>00e5g000000EMULAAA</profileId>"
                + "<roleId xsi:nil=\"true\"/><sessionSecondsValid>7200</sessionSecondsValid>"
                + "<userDefaultCurrencyIsoCode xsi:nil=\"true\"/><userEmail>" + user + "</userEmail>"
                + "<userFullName>TierSync Admin</userFullName><userId>" + OrgContext.USER_ID + "</userId>"
                + "<userLanguage>en_US</userLanguage><userLocale>en_US</userLocale><userName>" + user + "</userName>"
                + "<userTimeZone>America/Los_Angeles</userTimeZone><userType>Standard</userType><userUiSkin>Theme3</userUiSkin>";
    }
}
