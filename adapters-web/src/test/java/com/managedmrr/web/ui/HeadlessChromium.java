package com.managedmrr.web.ui;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.opentest4j.TestAbortedException;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through its chromedriver, with a profile of its own that is deleted afterwards.
 *
 * <p>Where the binaries are missing, a developer's machine skips the browser tests; a CI run ({@code CI=true}) fails
 * them instead, saying what to install: a browser test that silently skips in CI proves nothing. The paths default to
 * Debian's ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}) and can be changed with the system properties
 * {@value #CHROMIUM_PROPERTY} and {@value #CHROMEDRIVER_PROPERTY}.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String CHROMIUM_PROPERTY = "mrr.chromium";
    static final String CHROMEDRIVER_PROPERTY = "mrr.chromedriver";
    static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DEFAULT_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(10);

    /** The flags every run uses: headless, no sandbox or GPU, nothing that calls home, and the profile given. */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-dev-shm-usage", "--disable-extensions", "--window-size=1366,900", "--lang=en-US");

    private final ChromeDriverService service;
    private final WebDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriverService service, WebDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts the browser with a fresh {@code --user-data-dir}. Aborts the calling test (a skip) when the binaries are
     * missing on a developer's machine; fails it when they are missing in CI.
     */
    static HeadlessChromium start() {
        Path chromium = Path.of(System.getProperty(CHROMIUM_PROPERTY, DEFAULT_CHROMIUM.toString()));
        Path chromedriver = Path.of(System.getProperty(CHROMEDRIVER_PROPERTY, DEFAULT_CHROMEDRIVER.toString()));
        requireInstalled(System.getenv(), chromium, chromedriver);
        Path profile;
        try {
            profile = Files.createTempDirectory("mrr-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        try {
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
            return new HeadlessChromium(service, driver, profile);
        } catch (RuntimeException failed) {
            service.stop();
            delete(profile);
            throw failed;
        }
    }

    /**
     * Passes when both binaries are executable; otherwise a failure when {@code CI} is {@code true} (in any case),
     * else a skip ({@link TestAbortedException}).
     */
    static void requireInstalled(Map<String, String> env, Path chromium, Path chromedriver) {
        List<String> missing = Stream.of(chromium, chromedriver)
                .filter(path -> !Files.isExecutable(path))
                .map(Path::toString)
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        String what = "the admin UI browser tests need headless Chromium and its chromedriver, and "
                + String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are") + " missing";
        if ("true".equalsIgnoreCase(env.get("CI"))) {
            throw new AssertionError(what + ". CI=true, so this is a failure, not a skip: install the Debian packages"
                    + " chromium and chromium-driver (apt-get install -y chromium chromium-driver), or point -D"
                    + CHROMIUM_PROPERTY + " and -D" + CHROMEDRIVER_PROPERTY + " at them.");
        }
        throw new TestAbortedException(what + "; skipped on this machine (with CI=true it would fail).");
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            delete(profile);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
