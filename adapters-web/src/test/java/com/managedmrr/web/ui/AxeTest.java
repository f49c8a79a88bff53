package com.managedmrr.web.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** axe runs in the product's pages despite their strict Content-Security-Policy, and says what it found. */
class AxeTest {

    private static HeadlessChromium chromium;
    private static TestUi ui;

    @BeforeAll
    static void start() {
        ui = TestUi.start();
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            ui.close();
        }
    }

    @Test
    void theSignInPage_underTheProductsCsp_axeRunsAndFindsNothing() {
        WebDriver driver = chromium.driver();
        driver.get(ui.baseUrl() + "/ui/sign-in");
        driver.manage().logs().get(LogType.BROWSER);

        Axe.assertNoViolations(driver, "the sign-in page");

        assertThat(((JavascriptExecutor) driver).executeScript("return typeof window.axe.run")).isEqualTo("function");
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
                .noneMatch(message -> message.contains("Content Security Policy") || message.contains("Refused to"));
    }

    @Test
    void aButtonWithoutAName_fails_listingTheRuleItsImpactTheElementAndTheHelp() {
        WebDriver driver = chromium.driver();
        driver.get(ui.baseUrl() + "/ui/sign-in");
        ((JavascriptExecutor) driver).executeScript(
                "var b = document.createElement('button'); b.id = 'nameless'; document.querySelector('main').append(b)");

        assertThatThrownBy(() -> Axe.assertNoViolations(driver, "the sign-in page with a nameless button"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("axe found 1 violation in the sign-in page with a nameless button ("
                        + ui.baseUrl() + "/ui/sign-in):")
                .hasMessageContaining("- button-name (critical): Buttons must have discernible text")
                .hasMessageContaining("on #nameless")
                .hasMessageContaining("https://dequeuniversity.com/rules/axe/");
    }
}
