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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tiersync.schedule.cron=0 0 2 1 1 ?")
class AdminPageBrowserTest {

    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final EmulatedOrg ORG = EmulatedOrg.start(EmulatorSettings.of(OrgData.generate(400, 9, LocalDate.now()))
            .withFaults(FaultPlan.none().withSlowResponses(1.0, Duration.ofMillis(100))));
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
        String phase = wait.until(d -> d.findElements(By.cssSelector("#progress-phases li.current")).stream()
                .map(li -> li.getDomAttribute("data-phase")).filter(name -> !"queued".equals(name)).findFirst().orElse(null));
        assertThat(phase).isIn("pull", "load", "assess", "write");
        wait.until(d -> "SUCCEEDED".equals(d.findElement(By.id("progress-text")).getDomAttribute("data-state")));
        assertThat(browser.findElement(By.id("progress-bar")).getDomAttribute("style")).contains("100%");

        RunRecord run = history.find(runId).orElseThrow();
        assertThat(run.counts().accountsWritten()).isEqualTo(400);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("progress-open"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("run-id"), runId));
        wait.until(d -> "run".equals(d.findElement(By.tagName("body")).getDomAttribute("data-view")));
        assertThat(browser.findElement(By.cssSelector("#run-counts dd[data-field='Written']")).getText())
                .isEqualTo(String.valueOf(run.counts().accountsWritten()));
        assertThat(browser.findElement(By.cssSelector("#run-counts dd[data-field='API calls']")).getText())
                .isEqualTo(String.valueOf(run.counts().apiCalls()));
        assertThat(browser.findElement(By.cssSelector("#run-counts dd[data-field='Plugins switched off']")).getText())
                .isEqualTo("none");

        browser.findElement(By.id("nav-history")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#runs tr[data-run='" + runId + "']")))
                .getText()).contains("succeeded");

        browser.findElement(By.id("nav-overview")).click();
        wait.until(d -> "overview".equals(d.findElement(By.tagName("body")).getDomAttribute("data-view")));
        // The page redraws its charts as runs refresh: read the bars in one script call, not element by element.
        wait.until(d -> chartedAccounts(d) == 400);
        assertThat(browser.findElement(By.id("lift-org")).getText()).contains("tiers as of");

        browser.findElement(By.cssSelector(".card[data-org=acme] button[data-action=preview]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview-summary"), "accounts would change"));
        assertThat(browser.findElement(By.id("preview-summary")).getText()).startsWith("0 of 400 accounts would change");
        assertThat(browser.findElement(By.id("preview-brake")).isDisplayed()).isFalse();

        browser.findElement(By.id("nav-overview")).click();
        wait.until(d -> "overview".equals(d.findElement(By.tagName("body")).getDomAttribute("data-view")));
        WebElement cron = browser.findElement(By.cssSelector(".card[data-org=acme] input.cron"));
        cron.clear();
        cron.sendKeys("0 2 * * *");
        browser.findElement(By.cssSelector(".card[data-org=acme] button[data-action=save]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "not a valid Quartz cron expression"));
        assertThat(browser.findElement(By.id("message")).getDomAttribute("class")).contains("error");

        // A picture of the page with the plugin, the org's charts and the refused cron, for whoever looks at the build.
        Path shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath();
        try {
            java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
            java.nio.file.Files.copy(shot, Path.of("target", "screenshots", "10-plugins-and-a-refused-cron.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
}
