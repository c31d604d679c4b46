package dev.tiersync.scheduler.api;

import static dev.tiersync.emulator.junit.Prerequisites.require;
import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectorConfig;
import dev.tiersync.emulator.EmulatorSettings;
import dev.tiersync.scheduler.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The done-when of issue 17, in headless Chromium against a real first start: {@code tiersync serve --demo} in a
 * process of its own, as a newcomer types it. Log in with the password it printed, see the empty state, run now and
 * watch it finish, read the run page, preview a run the safety brake would stop, find the dry run in the history,
 * read each chart's numbers (through the page's one call, {@code window.tierSync.charts()}), see a viewer's page
 * without admin actions, and the page in a phone-sized window. Each state is saved under target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartBrowserTest {

    private static final Pattern LOGIN_LINE = Pattern.compile("Log in at (http://127\\.0\\.0\\.1:(\\d+)) as admin with password (\\S+)");
    private static final Pattern ORG_LINE = Pattern.compile("Started an emulated Salesforce org at (\\S+) with 300 accounts");
    private static final String VIEWER = "vera";
    private static final String VIEWER_PASSWORD = "viewer-pa55word";

    private static Process serve;
    private static final List<String> output = new CopyOnWriteArrayList<>();
    private static Path home;
    private static String base;
    private static String password;
    private static String orgUrl;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void firstStart() throws Exception {
        require(AdminPageBrowserTest.CHROMEDRIVER.canExecute() && AdminPageBrowserTest.CHROMIUM.canExecute(),
                "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver); .ci/run installs them");
        home = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "first-start");
        String viewerHash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(VIEWER_PASSWORD);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--demo", "--server.port=0",
                "--tiersync.schedule.time-zone=Europe/Berlin",
                "--tiersync.security.users[0].name=" + VIEWER, "--tiersync.security.users[0].password=" + viewerHash,
                "--tiersync.security.users[0].role=VIEWER");
        builder.environment().put("TIERSYNC_HOME", home.toString());
        builder.redirectErrorStream(true);
        serve = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                }
            } catch (IOException e) {
                output.add("(the output could not be read: " + e.getMessage() + ")");
            }
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();
        Matcher login = new org.openqa.selenium.support.ui.FluentWait<>(serve).withTimeout(Duration.ofSeconds(180))
                .pollingEvery(Duration.ofMillis(200)).until(process -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("serve --demo stopped:\n" + String.join("\n", output));
            }
            return output.stream().map(LOGIN_LINE::matcher).filter(Matcher::find).findFirst().orElse(null);
        });
        base = login.group(1);
        password = login.group(3);
        orgUrl = output.stream().map(ORG_LINE::matcher).filter(Matcher::find).findFirst().orElseThrow().group(1);
    }

    @AfterAll
    static void stop() throws Exception {
        if (serve != null) {
            serve.destroy();
            if (!serve.waitFor(60, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
            long shown = output.stream().filter(line -> line.contains(password)).count();
            assertThat(shown).as("the generated password is printed once, in the log-in line, and logged nowhere else").isEqualTo(1);
        }
        if (home != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(home.toFile());
        }
    }

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(AdminPageBrowserTest.CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--force-device-scale-factor=1");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(AdminPageBrowserTest.CHROMEDRIVER)
                .usingAnyFreePort().build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        // the page re-renders as answers arrive (and the login page gives way to the app): look again, do not fail
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void aNewcomerLogsInWithThePrintedPasswordRunsTheDemoOrgAndReadsItsRun() throws Exception {
        browser.get(base + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        assertThat(browser.getTitle()).isEqualTo("Log in · TierSync");
        assertThat(browser.findElement(By.cssSelector(".brand-mark")).getText()).isEqualTo("TierSync");
        screenshot("01-login");

        logIn("admin", password);
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".card[data-org=demo] .empty-state")));
        assertThat(card.getText()).startsWith("No run yet.").contains("Press Run now");
        WebElement demo = browser.findElement(By.cssSelector(".card[data-org=demo]"));
        assertThat(figure(demo, "Last run")).isEqualTo("never");
        assertThat(figure(demo, "Next run")).as("the next run in the org's zone, with the zone named").endsWith("02:00 Europe/Berlin");
        assertThat(figure(demo, "API used")).isEqualTo("not known until a run");
        assertThat(browser.findElement(By.id("user-name")).getText()).isEqualTo("admin");
        assertThat(browser.getPageSource()).doesNotContain(password);
        screenshot("02-empty-state");

        demo.findElement(By.cssSelector("button[data-action=run]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("progress-section")));
        WebElement result = wait.until(d -> {
            WebElement text = d.findElement(By.id("progress-text"));
            return "RUNNING".equals(text.getDomAttribute("data-state")) ? null : text;
        });
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("progress-open")));
        String runId = browser.findElement(By.id("progress-run")).getText();
        JsonNode run = api("/api/runs/" + runId).get("run");
        assertThat(result.getDomAttribute("data-state")).isEqualTo("SUCCEEDED");
        assertThat(result.getText()).contains("succeeded in", "300 accounts written, 0 refused");
        assertThat(browser.findElement(By.id("progress-bar")).getDomAttribute("style")).contains("width: 100%");
        assertThat(browser.findElements(By.cssSelector("#progress-phases li.done"))).hasSize(6);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".card[data-org=demo] .chart-box")));
        screenshot("03-run-now-progress");

        browser.findElement(By.id("progress-open")).click();
        wait.until(d -> "run".equals(bodyData(d, "view")));
        assertThat(browser.findElement(By.id("run-id")).getText()).isEqualTo(runId);
        assertThat(browser.findElement(By.id("run-status")).getText()).isEqualTo("succeeded");
        assertThat(browser.findElement(By.id("run-dry")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("run-when")).getText()).startsWith("demo: started").contains("Europe/Berlin",
                "pulled everything");
        assertThat(browser.findElement(By.cssSelector("#run-counts dd[data-field=Written]")).getText()).isEqualTo("300");
        assertThat(browser.findElement(By.cssSelector("#run-counts dd[data-field='API calls']")).getText())
                .isEqualTo(String.valueOf(run.get("apiCalls").asInt()));
        assertThat(browser.findElement(By.cssSelector("#run-fields tr[data-field=Tier__c]")).getText()).isEqualTo("Tier__c 300");
        assertThat(browser.findElements(By.cssSelector("#run-fields tr[data-field=Segment_Reasons__c]"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#run-samples tbody tr")).getText()).contains("(blank)");
        assertThat(browser.findElement(By.id("run-refused")).getText()).contains("Salesforce refused no record.");
        assertThat(browser.findElement(By.id("run-errors-csv")).getDomAttribute("href")).isEqualTo("/api/runs/" + runId + "/errors.csv");
        assertThat(browser.findElement(By.id("run-json")).getDomAttribute("href")).isEqualTo("/api/runs/" + runId + "/report");
        Map<String, Object> phases = chart("phases");
        assertThat(datasetLabels(phases)).containsExactly("pull", "load", "assess", "write");
        screenshot("04-run-page");
    }

    @Test
    @Order(2)
    void aPreviewWarnsThatTheRealRunWouldStopAtTheBrakeAndTheHistoryShowsItAsADryRun() throws Exception {
        int moved = setEveryTierInTheOrgTo("D");
        browser.get(base + "/");
        logIn("admin", password);
        wait.until(d -> "overview".equals(bodyData(d, "view")));
        browser.findElement(By.cssSelector(".card[data-org=demo] button[data-action=preview]")).click();
        WebElement brake = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-brake")));
        assertThat(brake.getText()).startsWith("The real run would stop at the safety brake.")
                .contains(moved + " of 300 accounts", "over the 30% allowed in one run", "nothing would be written");
        assertThat(browser.findElement(By.id("preview-summary")).getText()).contains("of 300 accounts would change",
                "Writing them would spend");
        WebElement tiers = browser.findElement(By.cssSelector(".field-change[data-field=Tier__c]"));
        assertThat(tiers.findElement(By.tagName("h3")).getText()).isEqualTo("Tier__c — " + moved + " accounts");
        assertThat(tiers.findElement(By.cssSelector("td.before")).getText()).isEqualTo("D");
        screenshot("05-preview-brake");

        browser.findElement(By.id("nav-history")).click();
        WebElement dry = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#runs tr[data-dry=true]")));
        assertThat(dry.getText()).contains("succeeded", "dry run", "Europe/Berlin");
        assertThat(browser.findElements(By.cssSelector("#runs tr[data-dry=false]"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#runs tr[data-dry=false] .badge.dry"))).isEmpty();
        screenshot("06-history-dry-run");

        new Select(browser.findElement(By.id("history-status"))).selectByVisibleText("FAILED");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#runs tbody"), "No run is failed."));
        new Select(browser.findElement(By.id("history-status"))).selectByVisibleText("SUCCEEDED");
        wait.until(d -> d.findElements(By.cssSelector("#runs tbody tr[data-run]")).size() == 2);
        assertThat(browser.findElement(By.id("history-next")).isEnabled()).isFalse();
    }

    @Test
    @Order(3)
    void eachChartShowsTheNumbersTheApiAnswers() throws Exception {
        browser.get(base + "/");
        logIn("admin", password);
        wait.until(d -> "overview".equals(bodyData(d, "view")));
        JsonNode segments = api("/api/orgs/demo/segments");
        JsonNode lift = api("/api/orgs/demo/lift?months=6");

        Map<String, Object> tiers = chart("tiers:demo");
        List<String> tierNames = new ArrayList<>();
        List<Number> counts = new ArrayList<>();
        segments.get("tierDistribution").properties().forEach(entry -> {
            tierNames.add(entry.getKey());
            counts.add(entry.getValue().asInt());
        });
        assertThat(labels(tiers)).containsExactlyElementsOf(tierNames).contains("New", "Prospect");
        assertThat(numbers(tiers, 0)).containsExactlyElementsOf(counts.stream().map(Number::doubleValue).toList());
        assertThat(numbers(tiers, 0).stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(300);

        Map<String, Object> liftChart = chart("lift:demo");
        List<Double> accountShares = new ArrayList<>();
        List<Double> revenueShares = new ArrayList<>();
        List<Double> lifts = new ArrayList<>();
        List<String> liftTiers = new ArrayList<>();
        for (JsonNode tier : lift.get("tiers")) {
            liftTiers.add(tier.get("accounts").asInt() == 0 ? tier.get("tier").asString() + " (no accounts)" : tier.get("tier").asString());
            accountShares.add(round(100 * tier.get("accountShare").asDouble()));
            revenueShares.add(round(100 * tier.get("revenueShare").asDouble()));
            lifts.add(tier.get("lift").isNull() ? null : round(tier.get("lift").asDouble()));
        }
        assertThat(labels(liftChart)).containsExactlyElementsOf(liftTiers);
        assertThat(numbers(liftChart, 0)).containsExactlyElementsOf(accountShares);
        assertThat(numbers(liftChart, 1)).containsExactlyElementsOf(revenueShares);
        assertThat(numbers(liftChart, 2)).containsExactlyElementsOf(lifts);

        HttpResponse<String> fit = get("/api/orgs/demo/fit", "admin:" + password);
        if (fit.statusCode() == 200) {
            JsonNode answer = json.readTree(fit.body());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fit-section")));
            String decision = answer.path("decision").isNull() ? answer.path("noFitReason").asString() : answer.path("decision").asString();
            assertThat(browser.findElement(By.id("fit-decision")).getText()).isEqualTo(decision);
            JsonNode chosen = null;
            for (JsonNode scheme : answer.path("schemes")) {
                if (chosen == null || scheme.path("chosen").asBoolean()) {
                    chosen = scheme;
                }
            }
            if (chosen != null && chosen.path("lift").path("captured").size() > 0) {
                List<Double> captured = new ArrayList<>();
                chosen.path("lift").path("captured").forEach(y -> captured.add(y.isNull() ? null : round(100 * y.asDouble())));
                assertThat(numbers(chart("fit:demo"), 0)).containsExactlyElementsOf(captured);
                assertThat(browser.findElements(By.cssSelector("#fit-tree li"))).hasSize(chosen.path("description").size());
            }
        } else {
            assertThat(browser.findElement(By.id("fit-section")).isDisplayed())
                    .as("the fit section shows only where GET /api/orgs/{org}/fit answers").isFalse();
        }
        ((JavascriptExecutor) browser).executeScript("document.getElementById('lift-section').scrollIntoView()");
        screenshot("07-charts");
    }

    @Test
    @Order(4)
    void aViewerSeesThePageWithoutAnyAdminAction() throws Exception {
        browser.get(base + "/");
        logIn(VIEWER, VIEWER_PASSWORD);
        wait.until(d -> "overview".equals(bodyData(d, "view")));
        WebElement demo = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".card[data-org=demo] .chart-box")));
        assertThat(browser.findElement(By.id("user-role")).getText()).isEqualTo("viewer");
        assertThat(browser.findElements(By.cssSelector("#orgs button, #orgs input, .actions"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".card[data-org=demo] .schedule-readonly")).getText())
                .isEqualTo("Schedule: 0 0 2 * * ? in Europe/Berlin");
        assertThat(demo.isDisplayed()).isTrue();
        screenshot("08-viewer");
    }

    @Test
    @Order(5)
    void aNarrowWindowShowsEverythingWithoutScrollingSideways() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "/");
        logIn("admin", password);
        wait.until(d -> "overview".equals(bodyData(d, "view")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".card[data-org=demo] .chart-box")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long pageWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        long windowWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long cardRight = ((Number) js.executeScript(
                "return Math.ceil(document.querySelector('.card[data-org=demo]').getBoundingClientRect().right)")).longValue();
        long chartWidth = ((Number) js.executeScript(
                "return document.querySelector('.card[data-org=demo] canvas').getBoundingClientRect().width")).longValue();
        assertThat(pageWidth).as("nothing sticks out to the side").isLessThanOrEqualTo(windowWidth);
        assertThat(cardRight).isLessThanOrEqualTo(windowWidth);
        assertThat(chartWidth).as("the tier chart fits the card").isBetween(200L, windowWidth);
        assertThat(browser.findElement(By.cssSelector(".card[data-org=demo] button[data-action=run]")).isDisplayed()).isTrue();
        screenshot("09-narrow-window");
    }

    // ---------- helpers ----------

    private void logIn(String name, String secret) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(name);
        browser.findElement(By.name("password")).sendKeys(secret);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> bodyData(d, "role") != null);
    }

    private static String figure(WebElement card, String label) {
        return card.findElement(By.cssSelector("dd[data-field='" + label + "']")).getText();
    }

    /** One chart's labels and data, as the page holds them, read in one script call. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> chart(String key) {
        return wait.until(d -> (Map<String, Object>) ((JavascriptExecutor) d)
                .executeScript("const c = window.tierSync && window.tierSync.charts(); return c ? c[arguments[0]] || null : null;", key));
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(Map<String, Object> chart) {
        return ((List<Object>) chart.get("labels")).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> datasetLabels(Map<String, Object> chart) {
        return ((List<Map<String, Object>>) chart.get("datasets")).stream().map(d -> String.valueOf(d.get("label"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Double> numbers(Map<String, Object> chart, int dataset) {
        List<Object> data = (List<Object>) ((List<Map<String, Object>>) chart.get("datasets")).get(dataset).get("data");
        return data.stream().map(value -> value == null ? null : ((Number) value).doubleValue()).toList();
    }

    private static Double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private void screenshot(String name) {
        PageShots.save(browser, name);
    }

    private JsonNode api(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, "admin:" + password);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.body()).doesNotContain(password);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Someone edits the tiers in Salesforce by hand: every account's Tier__c set to {@code tier} through the real
     * client. Answers how many accounts TierSync had given another tier, which the next run would move back.
     */
    private static int setEveryTierInTheOrgTo(String tier) throws Exception {
        ConnectorConfig config = new ConnectorConfig();
        config.setAuthEndpoint(orgUrl + "/services/Soap/u/65.0");
        config.setUsername(EmulatorSettings.DEFAULT_USERNAME);
        config.setPassword(EmulatorSettings.DEFAULT_PASSWORD);
        PartnerConnection connection = Connector.newConnection(config);
        List<SObject> accounts = new ArrayList<>();
        QueryResult page = connection.query("SELECT Id, Tier__c FROM Account");
        while (true) {
            accounts.addAll(Arrays.asList(page.getRecords()));
            if (page.isDone()) {
                break;
            }
            page = connection.queryMore(page.getQueryLocator());
        }
        int moved = (int) accounts.stream().filter(account -> !tier.equals(account.getField("Tier__c"))).count();
        List<SObject> updates = accounts.stream().map(account -> {
            SObject update = new SObject("Account");
            update.setId(account.getId());
            update.setField("Tier__c", tier);
            return update;
        }).toList();
        for (int from = 0; from < updates.size(); from += 200) {
            connection.update(updates.subList(from, Math.min(updates.size(), from + 200)).toArray(SObject[]::new));
        }
        return moved;
    }

    /** A data attribute of the page's body, read in one script call (never a stale element while a page loads). */
    private static String bodyData(WebDriver driver, String name) {
        Object value = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.body ? document.body.dataset[arguments[0]] || null : null;", name);
        return value == null ? null : value.toString();
    }
}
