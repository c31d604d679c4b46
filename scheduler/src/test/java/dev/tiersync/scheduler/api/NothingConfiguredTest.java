package dev.tiersync.scheduler.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.scheduler.TierSyncApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A newcomer's {@code tiersync serve} with nothing configured: it starts, and its login page says what to set. */
class NothingConfiguredTest {

    @Test
    void serveStartsWithNoOrgAndNoUserAndTheLoginPageSaysWhatToConfigure() throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TierSyncApplication.class)
                .run("--server.port=0", "--tiersync.store.url=jdbc:h2:mem:nothing-configured;DB_CLOSE_DELAY=-1")) {
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/login")).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("No user is configured, so no one can log in.", "tiersync.security.users[0].name",
                    "./tiersync serve --demo");
        }
    }
}
