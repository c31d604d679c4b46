package dev.tiersync.scheduler.schedule;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tiersync.scheduler.TierSyncApplication;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Bad settings stop the application at start-up, naming the key and what to fix. */
class StartupValidationTest {

    private static final List<String> GOOD_ORG = List.of(
            "--tiersync.org.login-url=http://127.0.0.1:9",
            "--tiersync.org.username=admin@tiersync.local",
            "--tiersync.org.password=secret-value");

    @Test
    void aBadCronExpressionIsRejectedWithTheKeyAndAnExample() {
        assertStartupFails(start("--tiersync.schedule.cron=every day at two"),
                "tiersync.schedule.cron 'every day at two' is not a valid Quartz cron expression");
    }

    @Test
    void aUnixStyleFiveFieldCronIsRejected() {
        assertStartupFails(start("--tiersync.schedule.cron=0 2 * * *"), "seconds first");
    }

    @Test
    void aLoginUrlWithAPathIsRejected() {
        assertStartupFails(start("--tiersync.org.login-url=https://login.salesforce.com/services/Soap/u/65.0"),
                "tiersync.org.login-url");
    }

    @Test
    void aBadSegmentationRuleStopsStartUpNamingTheKey() {
        assertStartupFails(start("--tiersync.segmentation.tiers.weighted.weights.value=0.3"),
                "tiersync.segmentation.tiers.weighted.weights must add up to 1");
    }

    @Test
    void aBadCronOfOneOrgAmongSeveralNamesThatOrgsKey() {
        assertStartupFails(start(
                "--tiersync.orgs[0].name=emea", "--tiersync.orgs[0].login-url=http://127.0.0.1:9",
                "--tiersync.orgs[0].username=u", "--tiersync.orgs[0].password=p",
                "--tiersync.orgs[1].name=apac", "--tiersync.orgs[1].login-url=http://127.0.0.1:9",
                "--tiersync.orgs[1].username=u", "--tiersync.orgs[1].password=p", "--tiersync.orgs[1].cron=0 2 * * *"),
                "tiersync.orgs[1].cron '0 2 * * *' is not a valid Quartz cron expression");
    }

    @Test
    void twoOrgsWithOneNameAreRejected() {
        assertStartupFails(start(
                "--tiersync.orgs[0].name=default", "--tiersync.orgs[0].login-url=http://127.0.0.1:9",
                "--tiersync.orgs[0].username=u", "--tiersync.orgs[0].password=p"),
                "two orgs are named 'default'");
    }

    @Test
    void anOrgWithoutANameOrWithAPasswordMissingIsRejectedWithTheVariableToSet() {
        assertStartupFails(start("--tiersync.orgs[0].login-url=http://127.0.0.1:9", "--tiersync.orgs[0].username=u",
                "--tiersync.orgs[0].password=p"), "tiersync.orgs[0].name is missing");
        assertStartupFails(start("--tiersync.orgs[0].name=Bad Name", "--tiersync.orgs[0].login-url=http://127.0.0.1:9",
                "--tiersync.orgs[0].username=u", "--tiersync.orgs[0].password=p"), "lower-case letters, digits and dashes");
        assertStartupFails(start("--tiersync.orgs[0].name=emea", "--tiersync.orgs[0].login-url=http://127.0.0.1:9",
                "--tiersync.orgs[0].username=u"), "TIERSYNC_PASSWORD_EMEA");
    }

    @Test
    void thePasswordNeverAppearsInTheStartupError() {
        assertThatThrownBy(start("--tiersync.schedule.cron=nonsense"))
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        org.assertj.core.api.Assertions.assertThat(String.valueOf(t.getMessage())).doesNotContain("secret-value");
                    }
                });
    }

    private static ThrowingCallable start(String... overrides) {
        List<String> arguments = new ArrayList<>(GOOD_ORG);
        arguments.addAll(List.of(overrides));
        return () -> new SpringApplicationBuilder(TierSyncApplication.class)
                .run(arguments.toArray(String[]::new))
                .close();
    }

    private static void assertStartupFails(ThrowingCallable start, String expectedMessage) {
        assertThatThrownBy(start).satisfies(e -> {
            StringBuilder messages = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            org.assertj.core.api.Assertions.assertThat(messages.toString()).contains(expectedMessage);
        });
    }
}
