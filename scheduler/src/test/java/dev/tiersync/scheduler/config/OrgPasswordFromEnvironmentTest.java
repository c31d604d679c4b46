package dev.tiersync.scheduler.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.salesforce.Authentication;
import dev.tiersync.scheduler.TierSyncApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * An org's password comes from the environment variable named after the org while its other settings
 * are in a file or on the command line: Spring takes a list from one source, so the password is not
 * part of the list.
 */
class OrgPasswordFromEnvironmentTest {

    @TempDir
    Path dir;

    @Test
    void anOrgsPasswordFromTheEnvironmentJoinsItsOtherSettingsFromAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("tiersync.properties"), """
                tiersync.orgs[0].name=emea
                tiersync.orgs[0].login-url=http://127.0.0.1:9
                tiersync.orgs[0].username=u
                tiersync.schedule.enabled=false
                """);
        try (ConfigurableApplicationContext context = start("--spring.config.additional-location=file:" + file)) {
            assertThat(secret(context)).isEqualTo("from-the-environment");
        }
    }

    @Test
    void anOrgsPasswordFromTheEnvironmentJoinsItsOtherSettingsFromTheCommandLine() {
        try (ConfigurableApplicationContext context = start("--tiersync.orgs[0].name=emea",
                "--tiersync.orgs[0].login-url=http://127.0.0.1:9", "--tiersync.orgs[0].username=u",
                "--tiersync.schedule.enabled=false")) {
            assertThat(secret(context)).isEqualTo("from-the-environment");
        }
    }

    private ConfigurableApplicationContext start(String... arguments) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("TIERSYNC_PASSWORD_EMEA", "from-the-environment")));
        return new SpringApplicationBuilder(TierSyncApplication.class).environment(environment)
                .run(java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=0"), java.util.stream.Stream.of(arguments)).toArray(String[]::new));
    }

    private static String secret(ConfigurableApplicationContext context) {
        OrgSettings org = context.getBean(Orgs.class).configuredOrg("emea").orElseThrow();
        return ((Authentication.Password) org.credentials().authentication()).password().reveal();
    }
}
