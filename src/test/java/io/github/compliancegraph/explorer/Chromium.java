package io.github.compliancegraph.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, driven headless. Nothing is downloaded: the binaries are the
 * installed ones (`apt-get install -y chromium chromium-driver`), and tests skip where they are absent.
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    static ChromeDriver start(Path downloads) throws IOException {
        Path profile = Files.createTempDirectory("chromium-profile");
        var options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // the background-networking flags keep Chromium from calling Google's hosts, which this network refuses
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** A screenshot of the whole page, not only the window: the window is resized to the page's height first. */
    static Path fullPage(ChromeDriver driver, String name) throws IOException {
        var size = driver.manage().window().getSize();
        long height = (Long) driver.executeScript("return Math.min(document.documentElement.scrollHeight, 6000)");
        driver.manage().window().setSize(new Dimension(size.width, (int) height));
        try {
            return screenshot(driver, name);
        } finally {
            driver.manage().window().setSize(size);
        }
    }
}
