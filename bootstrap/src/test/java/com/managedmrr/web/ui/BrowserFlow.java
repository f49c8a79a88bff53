package com.managedmrr.web.ui;

import com.managedmrr.bootstrap.demo.DemoClock;
import com.managedmrr.bootstrap.demo.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentest4j.TestAbortedException;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the browser flows share: one headless Chromium ({@link HeadlessChromium}) per test class, the UI over the demo
 * data started afresh for each test, signing in, explicit waits (never sleeps), axe ({@link Axe}) at the usual width
 * and at a phone's, the phone's fit, and screenshots in {@code target/screenshots}. Each test ends with no
 * Content-Security-Policy violation in the browser's log.
 */
abstract class BrowserFlow {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(10);
    static final Duration POLL = Duration.ofMillis(50);
    static final int WIDTH = 1366;
    static final int HEIGHT = 900;
    static final int PHONE_WIDTH = 390;
    static final int DESK_WIDTH = 1440;
    static final int MIN_COLUMN_WIDTH = 40;

    static HeadlessChromium chromium;
    static WebDriver driver;
    /** Why the browser could not start on this developer machine (each test then reports itself skipped). */
    static String chromiumMissing;
    /** The screenshots of an earlier run go once, before the first class's first flow. */
    private static boolean screenshotsCleared;

    TestUi ui;
    DemoData.Login login;

    @BeforeAll
    static void startBrowser() throws IOException {
        try {
            chromium = HeadlessChromium.start();
        } catch (TestAbortedException missing) {
            // aborting here would make every test of the class vanish from the report: each one is skipped instead
            chromiumMissing = missing.getMessage();
            return;
        }
        driver = chromium.driver();
        Files.createDirectories(SCREENSHOTS);
        if (screenshotsCleared) {
            return;
        }
        screenshotsCleared = true;
        try (Stream<Path> old = Files.list(SCREENSHOTS)) {
            for (Path shot : old.filter(p -> p.toString().endsWith(".png")).toList()) {
                Files.delete(shot);
            }
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void startUi() {
        assumeTrue(chromiumMissing == null, () -> chromiumMissing);
        ui = TestUi.start(DemoClock::new);
        login = new DemoData(DemoData.UseCases.from(ui.services), (DemoClock) ui.serviceClock).seed()
                .toCompletableFuture().join();
        driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        driver.get(ui.baseUrl() + "/ui/sign-in");
        driver.manage().deleteAllCookies();
        driver.manage().logs().get(LogType.BROWSER);
    }

    @AfterEach
    void stopUi() {
        try {
            if (driver != null) {
                assertThat(cspViolations()).as("Content-Security-Policy violations in the browser log").isEmpty();
            }
        } finally {
            if (ui != null) {
                ui.close();
            }
        }
    }

    /**
     * axe finds no violation of any impact in the page as it is now, both at the usual width and at a phone's; the
     * window gets its size back afterwards.
     */
    void assertAccessible(String state) {
        Dimension size = driver.manage().window().getSize();
        try {
            for (int width : new int[] {WIDTH, PHONE_WIDTH}) {
                driver.manage().window().setSize(new Dimension(width, HEIGHT));
                waitForHtmx();
                Axe.assertNoViolations(driver, state + " at " + width + " px");
            }
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    /** The element's left and right edges in the viewport, in CSS pixels. */
    Number[] edges(WebElement element) {
        List<?> box = (List<?>) ((JavascriptExecutor) driver).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return [r.left, r.right];", element);
        return new Number[] {(Number) box.get(0), (Number) box.get(1)};
    }

    /**
     * At a 390-px window nothing may stick out of the viewport, and a wide table scrolls in its own box rather than
     * squeezing its columns.
     */
    void assertFitsThePhone(String page) {
        long width = ((Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(width).as("how wide %s is at %d px", page, PHONE_WIDTH).isLessThanOrEqualTo(PHONE_WIDTH);
        long narrowestColumn = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.min(10000, ...Array.from(document.querySelectorAll('table.data thead th'),"
                        + " th => Math.round(th.getBoundingClientRect().width)).filter(w => w > 1))")).longValue();
        assertThat(narrowestColumn).as("the narrowest table column of %s at %d px (a squeezed table, not scrolled)",
                page, PHONE_WIDTH).isGreaterThanOrEqualTo(MIN_COLUMN_WIDTH);
        List<?> brokenHubIds = (List<?>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('td.hub-id')).filter(td => {"
                        + " const range = document.createRange(); range.selectNodeContents(td);"
                        + " return range.getClientRects().length > 1; }).map(td => td.textContent.trim());");
        assertThat(brokenHubIds).as("Hub IDs broken over two lines in %s at %d px", page, PHONE_WIDTH).isEmpty();
    }

    WebElement staffRow(String email) {
        return wait(d -> d.findElement(By.cssSelector("#staff-table tr[data-email='" + email + "']")));
    }

    WebElement contractorRow(String name) {
        return driver.findElements(By.cssSelector("#contractors-table tbody.row-group")).stream()
                .filter(row -> row.findElement(By.tagName("th")).getText().startsWith(name))
                .findFirst()
                .orElse(null);
    }

    String text(String id) {
        return wait(d -> d.findElement(By.id(id)).getText());
    }

    void signIn() {
        driver.get(ui.baseUrl() + "/ui/sign-in");
        driver.findElement(By.id("email")).sendKeys(login.email());
        driver.findElement(By.id("password")).sendKeys(login.password());
        driver.findElement(By.cssSelector("button.primary")).click();
        wait(ExpectedConditions.urlContains("/ui/points"));
        waitForHtmx();
    }

    /** htmx is loaded and no request of it is in flight or settling. */
    void waitForHtmx() {
        wait(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.htmx && document.readyState === 'complete'"
                        + " && document.querySelectorAll('.htmx-request, .htmx-settling, .htmx-swapping').length === 0")));
    }

    void clickLabel(String text) {
        driver.findElement(By.xpath("//label[span[normalize-space()='" + text + "']]")).click();
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    void tabUntil(Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            keys(Keys.TAB);
            if (wanted.test(focused())) {
                return;
            }
        }
        throw new AssertionError("the keyboard never reached the element; focus is on " + focused().getTagName()
                + " " + focused().getText());
    }

    <T> T wait(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT)
                .pollingEvery(POLL)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(IndexOutOfBoundsException.class)
                .until(condition::apply);
    }

    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    void screenshot(String name) {
        screenshot(name, HEIGHT);
    }

    void screenshot(String name, int height) {
        screenshot(name, height, true);
    }

    /** Saves what the browser shows; a taller window first when asked (then back to the usual size). */
    void screenshot(String name, int height, boolean resize) {
        waitForHtmx();
        if (resize) {
            driver.manage().window().setSize(new Dimension(WIDTH, height));
        }
        try {
            save(name);
        } finally {
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        }
    }

    /** Saves the page as it is now at a desk's width (1440 px) and at a phone's (390 px), then restores the size. */
    void screenshotsAtBothWidths(String name) {
        Dimension size = driver.manage().window().getSize();
        try {
            for (int width : new int[] {DESK_WIDTH, PHONE_WIDTH}) {
                driver.manage().window().setSize(new Dimension(width, HEIGHT));
                waitForHtmx();
                // a resize moves the page: what has the focus (a wizard, an opened panel) is brought back into view
                ((JavascriptExecutor) driver).executeScript("const e = document.activeElement;"
                        + " if (e && e !== document.body) e.scrollIntoView({block: 'center'});");
                save(name + "-" + width);
            }
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    private void save(String name) {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
