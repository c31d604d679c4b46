package dev.tiersync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.LoginFault;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginAndSessionTest {

    private EmulatedOrg org;

    @BeforeEach
    void start() {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(5, 1, LocalDate.of(2025, 1, 1))));
    }

    @AfterEach
    void stop() {
        org.close();
    }

    @Test
    void loginReturnsASessionAndAServerUrlOnThisOrg() throws ConnectionException {
        PartnerConnection connection = ForceWsc.connect(org);

        assertThat(connection.getConfig().getServiceEndpoint())
                .isEqualTo(org.loginUrl() + "/services/Soap/u/65.0/" + org.orgId());
        assertThat(org.orgId()).as("orgs side by side have different ids").hasSize(15).startsWith("00D")
                .endsWith(String.valueOf(org.port()));
        assertThat(connection.getConfig().getSessionId()).startsWith("00D5g000004EMUL!");
        assertThat(connection.getUserInfo().getUserName()).isEqualTo(EmulatorSettings.DEFAULT_USERNAME);
        assertThat(org.calls().count("login")).isEqualTo(1);
    }

    @Test
    void aWrongPasswordGivesInvalidLogin() {
        assertThatThrownBy(() -> ForceWsc.connect(org, "nope"))
                .isInstanceOfSatisfying(LoginFault.class,
                        fault -> assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_LOGIN));
    }

    @Test
    void aCallWithAnUnknownSessionGivesInvalidSessionIdThatForceWscCanRenew() throws ConnectionException {
        ConnectorConfig config = new ConnectorConfig();
        config.setManualLogin(true);
        config.setServiceEndpoint(org.authEndpoint() + "/00D5g000004EMUL");
        config.setSessionId("00D5g000004EMUL!forged");
        PartnerConnection connection = Connector.newConnection(config);

        assertThatThrownBy(() -> connection.query("SELECT Id FROM Account"))
                .isInstanceOfSatisfying(UnexpectedErrorFault.class, fault -> {
                    assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_SESSION_ID);
                    assertThat(fault.getExceptionMessage()).contains("Illegal Session");
                });
    }

    @Test
    void aSessionEndsAtLogout() throws ConnectionException {
        PartnerConnection connection = ForceWsc.connect(org);
        connection.logout();

        assertThatThrownBy(() -> connection.query("SELECT Id FROM Account"))
                .isInstanceOf(UnexpectedErrorFault.class);
    }

    @Test
    void responsesOtherThanLoginCarryTheApiUsage() throws ConnectionException {
        PartnerConnection connection = ForceWsc.connect(org);
        connection.query("SELECT Id FROM Account");
        connection.query("SELECT Id FROM Account");

        var usage = connection.getLimitInfoHeader().getLimitInfo()[0];
        assertThat(usage.getType()).isEqualTo("API REQUESTS");
        assertThat(usage.getCurrent()).as("the two queries; the emulator does not count login").isEqualTo(2);
        assertThat(usage.getLimit()).isEqualTo(EmulatorSettings.DEFAULT_DAILY_API_LIMIT);
    }
}
