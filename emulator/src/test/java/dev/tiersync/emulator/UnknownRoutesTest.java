package dev.tiersync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.async.AsyncApiException;
import com.sforce.async.AsyncExceptionCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A path the org has no route for is answered in the shape its client parses, never a plain-text page. */
class UnknownRoutesTest {

    private static EmulatedOrg org;

    @BeforeAll
    static void start() {
        org = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(5, 1, LocalDate.of(2025, 1, 1))).withHttps(EmulatorTls.selfSigned()));
    }

    @AfterAll
    static void stop() {
        org.close();
    }

    @Test
    void anUnknownSoapPathIsASoapFault() throws Exception {
        HttpResponse<String> response = client().send(HttpRequest.newBuilder(URI.create(org.loginUrl() + "/services/Soap/m/65.0"))
                .POST(HttpRequest.BodyPublishers.ofString("<soapenv:Envelope/>")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml;charset=UTF-8");
        assertThat(response.body()).contains("<soapenv:Fault><faultcode>sf:UNKNOWN_EXCEPTION</faultcode>")
                .contains("The requested resource does not exist: POST /services/Soap/m/65.0");
    }

    @Test
    void aGetOfTheSoapEndpointIsASoapFaultTooNotAWebServerPage() throws Exception {
        HttpResponse<String> response = client().send(HttpRequest.newBuilder(URI.create(org.authEndpoint())).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).startsWith("<?xml").contains("<faultcode>sf:UNKNOWN_EXCEPTION</faultcode>");
    }

    @Test
    void anUnknownBulkResourceIsABulkErrorForceWscReads() throws Exception {
        String session = ForceWsc.connect(org).getConfig().getSessionId();

        assertThatThrownBy(() -> ForceWsc.bulk(org, org.bulkEndpoint() + "/jobs", session).getJobStatus("750000000000001"))
                .isInstanceOfSatisfying(AsyncApiException.class, e -> assertThat(e.getExceptionCode()).isEqualTo(AsyncExceptionCode.InvalidUrl));
    }

    @Test
    void anyOtherPathIsSalesforcesJsonErrorList() throws Exception {
        int before = org.calls().total();

        HttpResponse<String> response = client().send(HttpRequest.newBuilder(URI.create(org.loginUrl() + "/services/data/v64.0/sobjects")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(response.body()).isEqualTo("[{\"message\":\"The requested resource does not exist\",\"errorCode\":\"NOT_FOUND\"}]");
        assertThat(org.calls().total()).as("not an API call").isEqualTo(before);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().sslContext(ForceWsc.trusting(org.certificate().orElseThrow())).build();
    }
}
