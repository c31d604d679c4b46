package dev.tiersync.salesforce.wsc;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.InvalidFieldFault;
import com.sforce.soap.partner.fault.LoginFault;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.bind.HTMLResponseException;
import dev.tiersync.salesforce.LoginFailedException;
import dev.tiersync.salesforce.RequestLimitExceededException;
import dev.tiersync.salesforce.SalesforceException;
import dev.tiersync.salesforce.SalesforceRequestException;
import dev.tiersync.salesforce.SalesforceUnavailableException;
import dev.tiersync.salesforce.SessionExpiredException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class FaultTranslatorTest {

    @Test
    void aLoginFaultBecomesLoginFailed() {
        SalesforceException e = FaultTranslator.translate("login as u at http://h", fault(new LoginFault(),
                ExceptionCode.INVALID_LOGIN, "Invalid username, password, security token; or user locked out."));

        assertThat(e).isInstanceOf(LoginFailedException.class);
        assertThat(e.code()).isEqualTo("INVALID_LOGIN");
        assertThat(e.getMessage()).isEqualTo("login as u at http://h failed: INVALID_LOGIN: "
                + "Invalid username, password, security token; or user locked out.");
    }

    @Test
    void anInvalidSessionBecomesSessionExpired() {
        SalesforceException e = FaultTranslator.translate("query Account", fault(new UnexpectedErrorFault(),
                ExceptionCode.INVALID_SESSION_ID, "Invalid Session ID found in SessionHeader: Illegal Session"));

        assertThat(e).isInstanceOf(SessionExpiredException.class);
    }

    @Test
    void theDailyLimitBecomesRequestLimitExceeded() {
        SalesforceException e = FaultTranslator.translate("update", fault(new UnexpectedErrorFault(),
                ExceptionCode.REQUEST_LIMIT_EXCEEDED, "TotalRequests Limit exceeded."));

        assertThat(e).isInstanceOf(RequestLimitExceededException.class);
        assertThat(e.code()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
    }

    @Test
    void aBadFieldIsARequestErrorThatRetryingWillNotFix() {
        SalesforceException e = FaultTranslator.translate("query Account", fault(new InvalidFieldFault(),
                ExceptionCode.INVALID_FIELD, "No such column 'Tier__c' on entity 'Account'."));

        assertThat(e).isInstanceOf(SalesforceRequestException.class);
        assertThat(e.getMessage()).contains("INVALID_FIELD", "Tier__c");
    }

    @Test
    void anUnreachableServerIsUnavailable() {
        ConnectionException e = new ConnectionException("Failed to send request to http://127.0.0.1:1",
                new ConnectException("Connection refused"));

        SalesforceException translated = FaultTranslator.translate("login", e);

        assertThat(translated).isInstanceOf(SalesforceUnavailableException.class);
        assertThat(translated.getMessage()).contains("could not reach Salesforce", "Connection refused");
    }

    @Test
    void anHtmlMaintenancePageIsUnavailable() {
        SalesforceException e = FaultTranslator.translate("query Account",
                new HTMLResponseException("Encountered HTML Content when looking for Envelope"));

        assertThat(e).isInstanceOf(SalesforceUnavailableException.class);
    }

    private static ApiFault fault(ApiFault fault, ExceptionCode code, String message) {
        fault.setExceptionCode(code);
        fault.setExceptionMessage(message);
        return fault;
    }
}
