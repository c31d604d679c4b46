package dev.tiersync.scheduler.api;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.tiersync.emulator.junit.Prerequisites.require;

import dev.tiersync.emulator.EmulatedOrg;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.emulator.FaultPlan;
import dev.tiersync.emulator.OrgData;
import dev.tiersync.scheduler.plugins.PluginFolders;
import dev.tiersync.scheduler.schedule.RunHistory;
import dev.tiersync.scheduler.schedule.RunRecord;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The admin page in headless Chromium (Debian's chromium and chromium-driver) over a slowed org: log in, see the
 * loaded plugins, start a run and watch its phases go by to the end, open its run page, find it in the history, see
 * the tier chart and preview a dry run; a bad cron is refused with the reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tiersync.schedule.cron=0 0 2 1 1 ?", "tiersync.segmentation.fit.min-customers=100"})
class AdminPageBrowserTest {

    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final File CHROMIUM = new File("/usr/bin/chromium");
    /** The first generated account, which the org's validation rule refuses to change. */
    private static final String REFUSED = "0015g0000000001AAA";
    private static final EmulatedOrg ORG = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(400, 9, LocalDate.now()))
            .withFaults(FaultPlan.none().withSlowResponses(1.0, Duration.ofMillis(100)).withValidationFailures(java.util.Set.of(REFUSED))));
    /** The plugins folder (the example plugin, with an empty technographics file), under target/, removed with the org. */
    private static final Path PLUGINS = workDir();

    @LocalServerPort
    int port;

    @Autowired
    RunHistory history;

    private WebDriver browser;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("tiersync.orgs[0].name", () -> "acme");
        registry.add("tiersync.orgs[0].login-url", ORG::loginUrl);
        registry.add("tiersync.orgs[0].username", () -> EmulatorSettings.DEFAULT_USERNAME);
        registry.add("tiersync.orgs[0].password", () -> EmulatorSettings.DEFAULT_PASSWORD);
        registry.add("tiersync.security.users[0].name", () -> "ada");
        registry.add("tiersync.security.users[0].password", () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode("pa55word"));
        registry.add("tiersync.security.users[0].role", () -> "ADMIN");
        Path plugins = PluginFolders.folder(PLUGINS);
        PluginFolders.example(plugins);
        registry.add("tiersync.plugins.dir", plugins::toString);
        registry.add("tiersync.plugins.settings.technographics.file", () -> PluginFolders.write(PLUGINS.resolve("none.csv"),
                "account,technology,category,observed\n").toString());
    }


    @BeforeEach
    void openBrowser() {
        require(CHROMEDRIVER.canExecute() && CHROMIUM.canExecute(),
                "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver); .ci/run installs them");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build(),
                options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterAll
    static void stopOrg() {
        ORG.close();
        org.springframework.util.FileSystemUtils.deleteRecursively(PLUGINS.toFile());
    }

    @Test
    void anAdminLogsInStartsARunWatchesItFinishAndOpensItsReport() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        // the page re-renders as answers arrive: an element read while it is replaced is looked up again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        browser.get("http://127.0.0.1:" + port + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys("ada");
        browser.findElement(By.name("password")).sendKeys("pa55word");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement plugin = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#plugins tr[data-plugin=technographics]")));
        assertThat(plugin.getText()).contains("Technographics (technographics)", "[1.0,2.0)",
                "account-enricher technographics [file (required), max-age-days]", "segment-condition uses-technology [technology, category]");
        assertThat(browser.findElement(By.id("plugins-api")).getText()).contains("plugin API 1.0.0");

        WebElement acme = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".card[data-org=acme]")));
        acme.findElement(By.cssSelector("button[data-action=run]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("progress-section")));
        String runId = wait.until(d -> {
            String text = d.findElement(By.id("progress-run")).getText();
            return text.isBlank() ? null : text;
        });
        // Each answer of this org is slowed, so the run spends seconds in its phases: the page shows them as it goes.
        String phase = wait.until(d -> {
            Object current = ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "const li = document.querySelector('#progress-phases li.current'); return li ? li.dataset.phase : null;");
            return current == null || "queued".equals(current) ? null : current.toString();
        });
        assertThat(phase).isIn("pull", "load", "assess", "write");
        wait.until(d -> "PARTIALLY_FAILED".equals(d.findElement(By.id("progress-text")).getDomAttribute("data-state")));
        assertThat(browser.findElement(By.id("progress-bar")).getDomAttribute("style")).contains("100%");

        RunRecord run = history.find(runId).orElseThrow();
        assertThat(run.counts().accountsWritten()).isEqualTo(399);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("progress-open"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("run-id"), runId));
        wait.until(d -> "run".equals(bodyData(d, "view")));
        assertThat(browser.findElement(By.cssSelector("#run-counts dd[data-field='Written']")).getText())
                .isEqualTo(String.valueOf(run.counts().accountsWritten()));
        assertThat(browser.findElement(By.cssSelector("#run-counts dd[data-field='API calls']")).getText())
                .isEqualTo(String.valueOf(run.counts().apiCalls()));
        assertThat(browser.findElement(By.cssSelector("#run-counts dd[data-field='Plugins switched off']")).getText())
                .isEqualTo("none");
        assertThat(browser.findElement(By.cssSelector("#run-counts dd[data-field='Refused']")).getText()).isEqualTo("1");
        WebElement refused = browser.findElement(By.cssSelector("#run-refused tr[data-account='" + REFUSED + "']"));
        assertThat(refused.findElements(By.tagName("td"))).extracting(WebElement::getText).containsExactly(REFUSED,
                "FIELD_CUSTOM_VALIDATION_EXCEPTION", "TierSync test rule: this account is locked for changes by a validation rule",
                "Tier__c");
        PageShots.save(browser, "11-run-page-with-a-refused-record");

        browser.findElement(By.id("nav-history")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#runs tr[data-run='" + runId + "']")))
                .getText()).contains("partially failed");

        browser.findElement(By.id("nav-overview")).click();
        wait.until(d -> "overview".equals(bodyData(d, "view")));
        // The page redraws its charts as runs refresh: read the bars in one script call, not element by element.
        wait.until(d -> chartedAccounts(d) == 400);
        assertThat(browser.findElement(By.id("lift-org")).getText()).contains("tiers as of");
        // The fit model's section: the chosen scheme's lift curve, point for point as GET /api/orgs/acme/fit sends it.
        tools.jackson.databind.JsonNode fit = fit();
        tools.jackson.databind.JsonNode chosen = null;
        for (tools.jackson.databind.JsonNode scheme : fit.path("schemes")) {
            if (chosen == null || scheme.path("chosen").asBoolean()) {
                chosen = scheme;
            }
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fit-section")));
        if (chosen != null && chosen.path("lift").path("captured").size() > 0) {
            List<Double> captured = new java.util.ArrayList<>();
            chosen.path("lift").path("captured").forEach(y -> captured.add(y.isNull() ? null : Math.round(10000 * y.asDouble()) / 100.0));
            Object charted = wait.until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "const c = window.tierSync.charts()['fit:acme']; return c ? c.datasets[0].data : null;"));
            assertThat(((List<?>) charted).stream().map(n -> n == null ? null : ((Number) n).doubleValue()).toList())
                    .containsExactlyElementsOf(captured);
            assertThat(browser.findElements(By.cssSelector("#fit-tree li"))).hasSize(chosen.path("description").size());
        } else {
            assertThat(browser.findElement(By.id("fit-details")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("fit-decision")).getText()).isNotBlank();
        }

        browser.findElement(By.cssSelector(".card[data-org=acme] button[data-action=preview]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview-summary"), "accounts would change"));
        assertThat(browser.findElement(By.id("preview-summary")).getText())
                .as("the refused account would be tried again").startsWith("1 of 400 accounts would change");
        assertThat(browser.findElement(By.id("preview-brake")).isDisplayed()).isFalse();

        browser.findElement(By.id("nav-overview")).click();
        wait.until(d -> "overview".equals(bodyData(d, "view")));
        WebElement cron = browser.findElement(By.cssSelector(".card[data-org=acme] input.cron"));
        cron.clear();
        cron.sendKeys("0 2 * * *");
        browser.findElement(By.cssSelector(".card[data-org=acme] button[data-action=save]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "not a valid Quartz cron expression"));
        assertThat(browser.findElement(By.id("message")).getDomAttribute("class")).contains("error");

        // A picture of the page with the plugin, the org's charts and the refused cron, for whoever looks at the build.
        PageShots.save(browser, "10-plugins-and-a-refused-cron");

        assertThat(browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll())
                .extracting(org.openqa.selenium.logging.LogEntry::getMessage)
                .as("nothing the page loads or runs breaks its Content-Security-Policy (default-src 'self', SecurityHeaders)")
                .noneMatch(message -> message.contains("Content Security Policy") || message.contains("Refused to"));
    }

    private tools.jackson.databind.JsonNode fit() {
        try {
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/orgs/acme/fit"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("ada:pa55word".getBytes()))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            return tools.jackson.databind.json.JsonMapper.builder().build().readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path workDir() {
        try {
            return java.nio.file.Files.createTempDirectory(java.nio.file.Files.createDirectories(Path.of("target")), "page-plugins");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The accounts the org's tier chart shows: the sum of its bars, read in one call from the page's charts. */
    private static long chartedAccounts(WebDriver driver) {
        Object sum = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("const c = window.tierSync"
                + " && window.tierSync.charts()['tiers:acme']; return c ? c.datasets[0].data.reduce((s, n) => s + n, 0) : 0;");
        return ((Number) sum).longValue();
    }

    /** A data attribute of the page's body, read in one script call (never a stale element while a page loads). */
    private static String bodyData(WebDriver driver, String name) {
        Object value = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.body ? document.body.dataset[arguments[0]] || null : null;", name);
        return value == null ? null : value.toString();
    }
}
