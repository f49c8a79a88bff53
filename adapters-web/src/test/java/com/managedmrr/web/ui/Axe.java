package com.managedmrr.web.ui;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * axe-core, read unmodified from its webjar on the test class path, run in the page the browser shows: every rule of
 * WCAG 2.0 and 2.1 A and AA and axe's best practices, and a violation of any impact fails the test with a list an
 * admin-UI developer can act on (rule, impact, the elements' selectors, what to do).
 *
 * <p>axe is injected through the WebDriver, which the page's Content-Security-Policy does not govern (the product
 * allows no inline script); the page itself is left as it is apart from the {@code axe} global.
 */
final class Axe {

    /** The rule tags run: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    /** How long one run may take (axe on a long table, on a busy machine). */
    static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);

    private static final String SOURCE = readSource();

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(function (results) {
                done({violations: results.violations.map(function (v) {
                  return {id: v.id, impact: v.impact || 'unknown', help: v.help, helpUrl: v.helpUrl,
                    targets: v.nodes.map(function (n) { return n.target.join(' '); }),
                    summary: v.nodes.length ? (v.nodes[0].failureSummary || '') : ''};
                })});
              }, function (error) { done({error: String(error)}); });
            """;

    private Axe() {
    }

    /** One rule that failed, with the elements that fail it. */
    record Violation(String id, String impact, String help, String helpUrl, List<String> targets, String summary) {

        String describe() {
            return "- " + id + " (" + impact + "): " + help + "\n    on " + String.join(", ", targets)
                    + (summary.isBlank() ? "" : "\n    " + summary.strip().replaceAll("\\s*\\n\\s*", " / "))
                    + "\n    " + helpUrl;
        }
    }

    /** Fails, listing each violation, when axe finds any in the page as it is now; {@code state} names it. */
    static void assertNoViolations(WebDriver driver, String state) {
        List<Violation> violations = violations(driver);
        if (!violations.isEmpty()) {
            StringBuilder message = new StringBuilder("axe found ").append(violations.size())
                    .append(violations.size() == 1 ? " violation" : " violations").append(" in ").append(state)
                    .append(" (").append(driver.getCurrentUrl()).append("):");
            violations.forEach(v -> message.append('\n').append(v.describe()));
            throw new AssertionError(message.toString());
        }
    }

    /** What axe reports in the page as it is now (injecting axe first when the page has not got it yet). */
    @SuppressWarnings("unchecked")
    static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object' && !!window.axe.run"))) {
            js.executeScript(SOURCE);
        }
        Duration before = driver.manage().timeouts().getScriptTimeout();
        Map<String, Object> result;
        try {
            driver.manage().timeouts().scriptTimeout(RUN_TIMEOUT);
            result = (Map<String, Object>) js.executeAsyncScript(RUN, TAGS);
        } finally {
            driver.manage().timeouts().scriptTimeout(before);
        }
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe could not run in " + driver.getCurrentUrl() + ": "
                    + result.get("error"));
        }
        return ((List<Map<String, Object>>) result.get("violations")).stream()
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (String) v.get("helpUrl"), (List<String>) v.get("targets"), (String) v.get("summary")))
                .toList();
    }

    /** axe.min.js from the axe-core webjar, whatever its version. */
    private static String readSource() {
        ClassLoader loader = Axe.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (pom == null) {
                throw new IllegalStateException("the axe-core webjar (org.webjars.npm:axe-core) is not on the test"
                        + " class path");
            }
            Properties properties = new Properties();
            properties.load(pom);
            String path = "META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
            try (InputStream script = loader.getResourceAsStream(path)) {
                if (script == null) {
                    throw new IllegalStateException(path + " is missing from the axe-core webjar");
                }
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
