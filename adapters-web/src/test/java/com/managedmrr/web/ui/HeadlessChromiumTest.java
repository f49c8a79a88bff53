package com.managedmrr.web.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When the browser tests may skip: only off CI. */
class HeadlessChromiumTest {

    @TempDir
    Path dir;

    @Test
    void ciTrue_andNoChromium_theBrowserTestsFail_sayingWhatToInstall() {
        Path chromium = dir.resolve("chromium");
        Path chromedriver = dir.resolve("chromedriver");

        assertThatThrownBy(() -> HeadlessChromium.requireInstalled(Map.of("CI", "true"), chromium, chromedriver))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(chromium + " and " + chromedriver + " are missing")
                .hasMessageContaining("not a skip")
                .hasMessageContaining("apt-get install -y chromium chromium-driver");
    }

    @Test
    void ciTrue_andOnlyTheDriverMissing_theBrowserTestsFail() throws IOException {
        Path chromium = executable("chromium");
        Path chromedriver = dir.resolve("chromedriver");

        assertThatThrownBy(() -> HeadlessChromium.requireInstalled(Map.of("CI", "TRUE"), chromium, chromedriver))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(chromedriver + " is missing");
    }

    @Test
    void noCi_andNoChromium_theBrowserTestsAreSkipped() {
        assertThatThrownBy(() -> HeadlessChromium.requireInstalled(Map.of(), dir.resolve("chromium"),
                dir.resolve("chromedriver")))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("skipped on this machine");
        assertThatThrownBy(() -> HeadlessChromium.requireInstalled(Map.of("CI", "false"), dir.resolve("chromium"),
                dir.resolve("chromedriver")))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void bothInstalled_theBrowserTestsRun_onCiOrNot() throws IOException {
        Path chromium = executable("chromium");
        Path chromedriver = executable("chromedriver");

        assertThatCode(() -> HeadlessChromium.requireInstalled(Map.of("CI", "true"), chromium, chromedriver))
                .doesNotThrowAnyException();
        assertThatCode(() -> HeadlessChromium.requireInstalled(Map.of(), chromium, chromedriver))
                .doesNotThrowAnyException();
    }

    @Test
    void theFlags_areHeadlessAndQuiet() {
        org.assertj.core.api.Assertions.assertThat(HeadlessChromium.FLAGS).contains("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run");
    }

    private Path executable(String name) throws IOException {
        return Files.createFile(dir.resolve(name),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
}
