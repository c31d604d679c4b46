package dev.tiersync.scheduler.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Screenshots of the whole page, as tall as it is, under target/screenshots, for whoever looks at the build. */
final class PageShots {

    static final Path FOLDER = Path.of("target", "screenshots");

    private PageShots() {
    }

    static Path save(WebDriver browser, String name) {
        Dimension window = browser.manage().window().getSize();
        long height = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight")).longValue();
        browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.max(window.getHeight(), Math.min(height + 140, 6000))));
        try {
            Files.createDirectories(FOLDER);
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            return Files.copy(shot, FOLDER.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(window);
        }
    }
}
