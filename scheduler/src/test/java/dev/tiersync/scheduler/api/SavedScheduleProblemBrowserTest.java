package dev.tiersync.scheduler.api;

import static dev.tiersync.emulator.junit.Prerequisites.require;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tiersync.scheduler.TierSyncApplication;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A schedule an admin saved that could not be used at start-up (it never fires again): the admin page shows why,
 * on the org's card beside its schedule, as plain text under the page's Content-Security-Policy.
 */
class SavedScheduleProblemBrowserTest {

    @TempDir
    Path home;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        require(AdminPageBrowserTest.CHROMEDRIVER.canExecute() && AdminPageBrowserTest.CHROMIUM.canExecute(),
                "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver); .ci/run installs them");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(AdminPageBrowserTest.CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(AdminPageBrowserTest.CHROMEDRIVER)
                .usingAnyFreePort().build(), options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theOrgsCardShowsWhyTheSavedScheduleIsNotUsed() {
        String[] arguments = {"--server.port=0", "--tiersync.store.url=jdbc:h2:file:" + home.resolve("tiersync"),
                "--tiersync.org.login-url=http://127.0.0.1:9", "--tiersync.org.username=u", "--tiersync.org.password=p",
                "--tiersync.schedule.cron=0 0 2 * * ?", "--tiersync.security.users[0].name=ada",
                "--tiersync.security.users[0].password={bcrypt}" + new BCryptPasswordEncoder(4).encode("pa55word"),
                "--tiersync.security.users[0].role=ADMIN"};
        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(TierSyncApplication.class).run(arguments)) {
            // As an older TierSync saved it (or as the database holds it after a year passed): it fired in 2020 only.
            new JdbcTemplate(first.getBean(DataSource.class)).update("INSERT INTO ts_schedule_override "
                    + "(org_name, cron, time_zone, paused) VALUES ('default', '0 0 2 * * ? 2020', 'UTC', FALSE)");
        }

        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(TierSyncApplication.class).run(arguments)) {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            browser.get("http://127.0.0.1:" + second.getEnvironment().getRequiredProperty("local.server.port") + "/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys("ada");
            browser.findElement(By.name("password")).sendKeys("pa55word");
            browser.findElement(By.cssSelector("button[type=submit]")).click();

            WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".card[data-org=default] .schedule-problem")));

            assertThat(problem.getText()).contains("the schedule saved for org default is not used", "'0 0 2 * * ? 2020'",
                    "never fires", "the configured cron '0 0 2 * * ?' runs until an admin saves another");
            assertThat(((JavascriptExecutor) browser).executeScript("return arguments[0].childElementCount;", problem))
                    .as("the text only, no markup made of it").isEqualTo(0L);
            assertThat(browser.findElement(By.cssSelector(".card[data-org=default] input.cron")).getDomProperty("value"))
                    .as("the configured cron, which runs").isEqualTo("0 0 2 * * ?");
            PageShots.save(browser, "12-a-saved-schedule-that-is-not-used");

            WebElement cron = browser.findElement(By.cssSelector(".card[data-org=default] input.cron"));
            cron.clear();
            cron.sendKeys("0 30 3 * * ?");
            browser.findElement(By.cssSelector(".card[data-org=default] button[data-action=save]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "Schedule of default saved"));
            assertThat(browser.findElements(By.cssSelector(".card[data-org=default] .schedule-problem")))
                    .as("a schedule saved since is used: the problem is gone").isEmpty();

            assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
                    .as("the page's Content-Security-Policy (default-src 'self', SecurityHeaders) lets it show")
                    .noneMatch(message -> message.contains("Content Security Policy") || message.contains("Refused to"));
        }
    }
}
