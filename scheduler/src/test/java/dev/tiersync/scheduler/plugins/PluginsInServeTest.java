package dev.tiersync.scheduler.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.emulator.StoredRecord;
import dev.tiersync.scheduler.schedule.RunHistory;
import dev.tiersync.scheduler.schedule.RunObserver;
import dev.tiersync.scheduler.schedule.SyncRunner;
import dev.tiersync.sync.DisabledPlugin;
import dev.tiersync.sync.SyncReport;
import dev.tiersync.sync.SyncStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code serve} with plugins from {@code tiersync.plugins.dir}: the example plugin, configured through
 * {@code tiersync.plugins.settings}, puts the generated org's accounts on a competitor's CRM in the rules'
 * technographic segment; a plugin that throws during the run is switched off, the run goes on without it and
 * names it in its report, its history and the org's health indicator; run listeners are told after the
 * history keeps the run, and one that throws is kept with the run too. The admin API lists what is loaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tiersync.schedule.cron=0 0 2 1 1 ?")
class PluginsInServeTest {

    static final String ADMIN_PASSWORD = "admin-pa55";
    static final LocalDate TODAY = LocalDate.now();
    static final OrgData DATA = OrgData.generate(240, 8, TODAY);
    static final EmulatedOrg ORG = PluginFolders.org(DATA);
    static final String FAILS_ON = PluginFolders.aCustomer(DATA);
    static final Path DIR = workDir();
    static final Path JOURNAL = DIR.resolve("journal.txt");

    /** Notes, as each run is kept, whether the run listeners have been told yet. */
    @TestConfiguration
    static class ListenersComeAfterTheHistory {
        static final List<Boolean> TOLD_BEFORE_OBSERVERS = new CopyOnWriteArrayList<>();

        @Bean
        RunObserver notesWhetherListenersWereToldYet() {
            return (org, runId, report) -> TOLD_BEFORE_OBSERVERS.add(Files.exists(JOURNAL));
        }
    }

    @Autowired
    SyncRunner runner;

    @Autowired
    RunHistory history;

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        Path plugins = PluginFolders.folder(DIR);
        PluginFolders.example(plugins);
        PluginFolders.flaky(plugins, FAILS_ON);
        PluginFolders.listeners(plugins);
        Path technographics = PluginFolders.technographics(DIR, DATA);
        registry.add("tiersync.plugins.dir", plugins::toString);
        registry.add("tiersync.plugins.settings.technographics.file", technographics::toString);
        registry.add("tiersync.plugins.settings.journal.out", JOURNAL::toString);
        registry.add("tiersync.segmentation.segments[0].name", () -> "Competitor CRM");
        registry.add("tiersync.segmentation.segments[0].conditions[0].condition", () -> "uses-technology");
        registry.add("tiersync.segmentation.segments[0].conditions[0].technology", () -> "HubSpot, Pipedrive");
        registry.add("tiersync.segmentation.segments[0].conditions[0].category", () -> "crm");
        registry.add("tiersync.segmentation.segments[1].name", () -> "Key Accounts");
        registry.add("tiersync.segmentation.segments[1].tiers", () -> "A,B");
        registry.add("tiersync.segmentation.segments[2].name", () -> "Everyone Else");
        registry.add("tiersync.orgs[0].name", () -> "acme");
        registry.add("tiersync.orgs[0].login-url", ORG::loginUrl);
        registry.add("tiersync.orgs[0].username", () -> EmulatorSettings.DEFAULT_USERNAME);
        registry.add("tiersync.orgs[0].password", () -> EmulatorSettings.DEFAULT_PASSWORD);
        registry.add("tiersync.security.users[0].name", () -> "ada");
        registry.add("tiersync.security.users[0].password", () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode(ADMIN_PASSWORD));
        registry.add("tiersync.security.users[0].role", () -> "ADMIN");
    }

    @AfterAll
    static void stop() {
        ORG.close();
        FileSystemUtils.deleteRecursively(DIR.toFile());
    }

    @Test
    void aRunPutsTechnographicAccountsInTheirSegmentAndGoesOnWithoutThePluginThatThrows() throws Exception {
        SyncReport report = runner.runNow("acme", false);

        assertThat(report.status()).as(String.valueOf(report.run().error())).isEqualTo(SyncStatus.SUCCEEDED);
        assertThat(report.writes().accounts()).isEqualTo(DATA.count("Account"));
        Set<String> competitor = PluginFolders.onCompetitorCrm(DATA);
        for (StoredRecord account : ORG.store().records("Account")) {
            String reasons = account.get("Segment_Reasons__c");
            if (competitor.contains(account.id())) {
                assertThat(account.get("Segment__c")).as(account.id()).isEqualTo("Competitor CRM");
                assertThat(reasons).as(account.id()).containsPattern("Competitor CRM: uses [A-Za-z, ]+ \\(crm\\)\\.");
            } else {
                assertThat(account.get("Segment__c")).as(account.id()).isNotEqualTo("Competitor CRM");
            }
            assertThat(reasons).as("flaky was off for the whole run, not only after it threw").doesNotContain("watched by flaky");
        }
        assertThat(report.plugins().disabled()).extracting(DisabledPlugin::describe).containsExactly("plugin flaky "
                + "(flaky-plugin.jar) failed in churn-signal watching on account " + FAILS_ON + ": IllegalStateException: the intent "
                + "service answered 503; it was off for the rest of the run");

        String runId = history.recent("acme", 1).get(0).id();
        assertThat(history.pluginFailures(runId)).extracting(DisabledPlugin::plugin).containsExactly("flaky", "notify");
        assertThat(ListenersComeAfterTheHistory.TOLD_BEFORE_OBSERVERS).containsExactly(false);
        assertThat(Files.readString(JOURNAL)).startsWith("acme SUCCEEDED " + DATA.count("Account") + " written, segments {")
                .contains("Competitor CRM=" + competitor.size());

        JsonNode kept = json.readTree(get("/api/runs/" + runId + "/report").body());
        assertThat(kept.get("disabledPlugins").get(0).get("plugin").asString()).isEqualTo("flaky");
        assertThat(kept.get("disabledPlugins").get(0).get("accountId").asString()).isEqualTo(FAILS_ON);
        JsonNode health = json.readTree(get("/actuator/health").body()).get("components").get("orgs").get("components").get("acme");
        assertThat(health.get("status").asString()).as("the run went on: the org is UP").isEqualTo("UP");
        assertThat(health.get("details").get("disabledPlugins").toString()).contains("plugin flaky (flaky-plugin.jar) failed in "
                + "churn-signal watching on account " + FAILS_ON, "plugin notify (notify-plugin.jar) failed in run-listener deaf: "
                + "IllegalStateException: the webhook answered 500");
    }

    @Test
    void theAdminApiListsTheLoadedPluginsAndTheirContributionsButNoSettingsValue() throws Exception {
        HttpResponse<String> answer = get("/api/plugins");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode plugins = json.readTree(answer.body());
        assertThat(plugins.get("apiVersion").asString()).isEqualTo("1.0.0");
        assertThat(plugins.get("plugins").findValuesAsString("id")).contains("flaky", "journal", "notify", "technographics",
                "uses-technology", "watching");
        JsonNode technographics = plugins.get("plugins").get(3);
        assertThat(technographics.get("id").asString()).isEqualTo("technographics");
        assertThat(technographics.get("apiRange").asString()).isEqualTo("[1.0,2.0)");
        assertThat(technographics.get("contributions").get(1).get("point").asString()).isEqualTo("segment-condition");
        assertThat(technographics.get("contributions").get(0).get("config").get(0).get("name").asString()).isEqualTo("file");
        assertThat(answer.body()).doesNotContain("technographics.csv").doesNotContain(JOURNAL.toString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("ada:" + ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Path workDir() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "serve-plugins");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
