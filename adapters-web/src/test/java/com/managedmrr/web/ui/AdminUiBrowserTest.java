package com.managedmrr.web.ui;

import com.managedmrr.web.ui.demo.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The admin UI in a real headless Chromium, over the demo data: sign in, search as you type, an explanation opened
 * in place, Add employees, the Remove employee from client wizard through Done, Link clients refused inline, and one
 * flow with the keyboard only. Screenshots of the main pages go to {@code target/screenshots}. Skipped where the
 * machine has no Chromium and chromedriver (Debian packages {@code chromium} and {@code chromium-driver}).
 */
class AdminUiBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(10);

    private static ChromeDriverService service;
    private static WebDriver driver;
    private static Path profile;

    private TestUi ui;
    private DemoData.Login login;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless Chromium and chromedriver are not installed");
        profile = Files.createTempDirectory("mrr-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void startUi() {
        ui = TestUi.start();
        login = ui.demo();
        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.get(ui.baseUrl() + "/ui/sign-in");
        driver.manage().deleteAllCookies();
        driver.manage().logs().get(LogType.BROWSER);
    }

    @AfterEach
    void stopUi() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void signIn_thenThePointsBreakdown_withItsChart() {
        driver.get(ui.baseUrl() + "/ui/");
        screenshot("01-sign-in");

        signIn();

        assertThat(driver.getCurrentUrl()).endsWith("/ui/points");
        assertThat(driver.findElement(By.id("total-points")).getText()).isNotEqualTo("0.00");
        assertThat(driver.findElements(By.cssSelector("#breakdown-table tbody.row-group"))).hasSize(15);
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart svg rect.bar")));
        assertThat(driver.findElements(By.cssSelector("#chart svg rect.bar"))).hasSize(10);
        screenshot("02-points-breakdown", 1500);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('chart').scrollIntoView()");
        screenshot("02b-points-chart", 900, false);
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void search_filtersTheTableAsYouType() {
        signIn();
        WebElement search = driver.findElement(By.id("q"));

        search.sendKeys("kag");

        wait(d -> d.findElements(By.cssSelector("#breakdown-table tbody.row-group")).size() == 1);
        assertThat(driver.findElement(By.cssSelector("#breakdown-table tbody.row-group th a")).getText())
                .isEqualTo("Kagami Robotics");
        assertThat(driver.getCurrentUrl()).contains("/ui/points?q=kag");
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "7100009");
        wait(d -> d.findElements(By.cssSelector("#breakdown-table tbody.row-group")).size() == 1
                && d.findElement(By.cssSelector("#breakdown-table tbody.row-group th a")).getText()
                .equals("Cape Vineyards"));
    }

    @Test
    void theExpiringFilter_andAFutureDate_reloadTheTable() {
        signIn();

        driver.findElement(By.id("expiring")).click();

        wait(d -> d.findElements(By.cssSelector("#breakdown-table tbody.row-group")).size() < 15);
        List<WebElement> rows = driver.findElements(By.cssSelector("#breakdown-table tbody.row-group"));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getText()).contains("Expires soon"));
    }

    @Test
    void aRowsExplanation_opensInPlace_andCloses() {
        signIn();
        WebElement row = driver.findElement(By.id("row-7100006"));
        WebElement why = row.findElement(By.cssSelector("button[data-toggle-detail]"));

        why.click();

        WebElement detail = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#explain-7100006 .explain")));
        assertThat(detail.getText()).contains("You are servicing this client.", "Kept alive by bo@northwind.example",
                "Deactivated");
        assertThat(why.getAttribute("aria-expanded")).isEqualTo("true");
        screenshot("03-explanation", 1300);

        why.click();

        wait(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#explain-7100006 .explain")));
        assertThat(why.getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void addEmployees_fromTheClientsTab() {
        signIn();
        driver.findElement(By.linkText("Client Access Manager")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("clients-table")));

        driver.findElement(By.id("client-7100001-add")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#client-7100001-panel form")));
        screenshot("04-add-employees");
        clickLabel("Farah Haddad");
        clickLabel("Gwen Okafor");
        driver.findElement(By.cssSelector("#client-7100001-panel button[type=submit]")).click();

        WebElement done = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#client-7100001 p.success")));
        assertThat(done.getText()).contains("Farah Haddad, Gwen Okafor are now assigned to Globex Corporation.");
        assertThat(driver.findElement(By.id("client-7100001")).getText()).contains("Farah Haddad", "Gwen Okafor");
    }

    @Test
    void removeEmployeeFromClient_throughTheWizardToDone() {
        signIn();
        driver.get(ui.baseUrl() + "/ui/clients/7100001");
        WebElement ann = driver.findElement(By.cssSelector("tr[data-email='ann@northwind.example']"));

        ann.findElement(By.cssSelector("button.remove")).click();

        WebElement stepOne = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#wizard .wizard")));
        assertThat(stepOne.getText()).containsIgnoringCase("Step 1 of 2").contains("Globex Corporation", "Hub ID 7100001");
        assertThat(stepOne.findElements(By.cssSelector("#affected-assets li"))).isNotEmpty();
        stepOne.findElement(By.xpath(".//button[normalize-space()='Next']")).click();
        WebElement stepTwo = wait(ExpectedConditions.visibilityOfElementLocated(By.id("ends-warning")));
        assertThat(stepTwo.getText()).contains("This ends your managed relationship with Globex Corporation now.");
        screenshot("05-remove-wizard-step-2", 1100);
        driver.findElement(By.xpath("//div[@id='wizard']//button[normalize-space()='Done']")).click();

        WebElement message = wait(ExpectedConditions.visibilityOfElementLocated(By.id("staff-message")));
        assertThat(message.getText()).contains("ann@northwind.example was removed from the client account",
                "ended now");
        assertThat(driver.findElements(By.cssSelector("tr[data-email='ann@northwind.example']"))).isEmpty();
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void reactivateUserOnClient() {
        signIn();
        driver.get(ui.baseUrl() + "/ui/clients/7100006");
        screenshot("06-client-page");

        driver.findElement(By.cssSelector("tr[data-email='bo@northwind.example'] button.reactivate")).click();

        wait(ExpectedConditions.visibilityOfElementLocated(By.id("staff-message")));
        assertThat(driver.findElement(By.cssSelector("tr[data-email='bo@northwind.example']")).getText())
                .contains("Active").doesNotContain("Deactivated");
    }

    @Test
    void linkClients_isRefusedInline_whenTheContractorIsNoUserThere_andLinksWhenTheyAre() {
        signIn();
        driver.get(ui.baseUrl() + "/ui/contractors");
        WebElement gus = driver.findElements(By.cssSelector("#contractors-table tbody.row-group")).stream()
                .filter(row -> row.getText().contains("Gus Lind")).findFirst().orElseThrow();
        String gusId = gus.getAttribute("id");
        gus.findElement(By.cssSelector("button[data-opener]")).click();
        WebElement input = wait(ExpectedConditions.visibilityOfElementLocated(By.id(gusId + "-client")));

        input.sendKeys("Massive Dynamic (7100015)", Keys.ENTER);

        WebElement error = wait(ExpectedConditions.visibilityOfElementLocated(By.id(gusId + "-client-error")));
        assertThat(error.getText()).contains("is not a user in client account 7100015");
        screenshot("07-link-clients-refused");

        WebElement fay = driver.findElements(By.cssSelector("#contractors-table tbody.row-group")).stream()
                .filter(row -> row.getText().contains("Fay Ortiz")).findFirst().orElseThrow();
        String fayId = fay.getAttribute("id");
        fay.findElement(By.cssSelector("button[data-opener]")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id(fayId + "-client"))).sendKeys("7100015", Keys.ENTER);
        WebElement linked = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + fayId + " p.success")));
        assertThat(linked.getText()).contains("Fay Ortiz is now linked to Massive Dynamic (7100015).");
    }

    @Test
    void employeesTab() {
        signIn();
        driver.get(ui.baseUrl() + "/ui/employees");

        assertThat(driver.findElement(By.id("employees-table")).getText()).contains("Ann Lee", "Globex Corporation");
        screenshot("08-employees");
    }

    @Test
    void keyboardOnly_signIn_openAnExplanation_andAddAnEmployee() {
        driver.get(ui.baseUrl() + "/ui/sign-in");
        assertThat(focused().getAttribute("id")).isEqualTo("email");
        keys(login.email(), Keys.TAB, login.password(), Keys.ENTER);
        wait(ExpectedConditions.urlContains("/ui/points"));

        tabUntil(element -> element.getText().startsWith("Why?") && element.getAttribute("aria-controls") != null);
        keys(Keys.ENTER);
        wait(d -> "h3".equalsIgnoreCase(focused().getTagName()) && focused().getText().startsWith("Why:"));

        driver.get(ui.baseUrl() + "/ui/clients");
        tabUntil(element -> "client-7100003-add".equals(element.getAttribute("id")));
        keys(Keys.ENTER);
        wait(d -> "legend".equalsIgnoreCase(focused().getTagName()));
        tabUntil(element -> "checkbox".equals(element.getAttribute("type")));
        keys(Keys.SPACE);
        tabUntil(element -> "Confirm".equals(element.getText()));
        keys(Keys.ENTER);

        wait(d -> focused().getText().contains("now assigned to Kagami Robotics"));
        assertThat(driver.findElement(By.id("client-7100003")).getText()).contains("Ann Lee");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void signIn() {
        driver.get(ui.baseUrl() + "/ui/sign-in");
        driver.findElement(By.id("email")).sendKeys(login.email());
        driver.findElement(By.id("password")).sendKeys(login.password());
        driver.findElement(By.cssSelector("button.primary")).click();
        wait(ExpectedConditions.urlContains("/ui/points"));
        waitForHtmx();
    }

    private void waitForHtmx() {
        wait(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.htmx && document.readyState === 'complete'"
                        + " && document.querySelectorAll('.htmx-request').length === 0")));
    }

    private void clickLabel(String text) {
        driver.findElement(By.xpath("//label[span[normalize-space()='" + text + "']]")).click();
    }

    private WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private void tabUntil(java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            keys(Keys.TAB);
            if (wanted.test(focused())) {
                return;
            }
        }
        throw new AssertionError("the keyboard never reached the element; focus is on " + focused().getTagName()
                + " " + focused().getText());
    }

    private <T> T wait(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    private List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    private void screenshot(String name) {
        screenshot(name, 900);
    }

    private void screenshot(String name, int height) {
        screenshot(name, height, true);
    }

    private void screenshot(String name, int height, boolean resize) {
        waitForHtmx();
        if (resize) {
            driver.manage().window().setSize(new Dimension(1366, height));
        }
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(1366, 900));
        }
    }
}
