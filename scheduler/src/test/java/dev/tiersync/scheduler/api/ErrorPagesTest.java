package dev.tiersync.scheduler.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** A fault the application did not catch: a reference to the log line for the script and for the browser, never the exception's text. */
class ErrorPagesTest {

    private final ErrorPages pages = new ErrorPages();

    @Test
    void aFaultIsA500WithAReferenceAsJsonForAScriptAndAsAPageForABrowser() {
        ResponseEntity<?> script = pages.error(fault("application/json"), new org.springframework.mock.web.MockHttpServletResponse());
        ResponseEntity<?> browser = pages.error(fault("text/html,*/*;q=0.8"), new org.springframework.mock.web.MockHttpServletResponse());

        assertThat(script.getStatusCode().value()).isEqualTo(500);
        assertThat(script.getBody()).isInstanceOfSatisfying(java.util.Map.class, body -> assertThat(body.get("error").toString())
                .startsWith("TierSync failed on this request; the server log has the details under reference ")
                .doesNotContain("jdbc:secret"));
        assertThat(browser.getStatusCode().value()).isEqualTo(500);
        assertThat(browser.getBody().toString()).contains("<title>Something went wrong · TierSync</title>", "under reference ")
                .doesNotContain("jdbc:secret", "{{");
    }

    private static MockHttpServletRequest fault(String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.addHeader("Accept", accept);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/orgs");
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("pool at jdbc:secret broke"));
        return request;
    }
}
