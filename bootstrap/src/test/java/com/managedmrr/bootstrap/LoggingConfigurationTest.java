package com.managedmrr.bootstrap;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped {@code logback.xml} with the variables an operator sets: JSON lines with {@code MRR_LOG_FORMAT=json},
 * text by default, the level from {@code MRR_LOG_LEVEL}; and bad values refused at start-up.
 */
class LoggingConfigurationTest {

    private final PrintStream stdout = System.out;

    @AfterEach
    void restore() throws Exception {
        System.setOut(stdout);
        configure(Map.of(), "logback-test.xml");
    }

    @Test
    void jsonFormat_writesOneJsonObjectPerLine_withTheRequestIdFromTheMdc() throws Exception {
        String written = logged(Map.of("MRR_LOG_FORMAT", "json"), () -> {
            MDC.put("requestId", "req-42");
            try {
                LoggerFactory.getLogger("com.managedmrr.access").atInfo().addKeyValue("status", 404)
                        .log("GET /api/v1/partners/:partnerId 404");
            } finally {
                MDC.remove("requestId");
            }
        });

        List<String> lines = written.lines().toList();
        assertThat(lines).hasSize(1);
        JsonObject line = new JsonObject(lines.get(0));
        assertThat(line.getString("message")).isEqualTo("GET /api/v1/partners/:partnerId 404");
        assertThat(line.getString("level")).isEqualTo("INFO");
        assertThat(line.getString("requestId")).isEqualTo("req-42");
        assertThat(line.getInteger("status")).isEqualTo(404);
        assertThat(line.getString("@timestamp")).isNotBlank();
    }

    @Test
    void byDefault_linesAreText_atInfo() throws Exception {
        String written = logged(Map.of(), () -> {
            LoggerFactory.getLogger("com.managedmrr.Anything").debug("not shown");
            LoggerFactory.getLogger("com.managedmrr.Anything").info("shown");
        });

        assertThat(written).contains(" INFO ").contains("shown").doesNotContain("not shown").doesNotStartWith("{");
    }

    @Test
    void theLevel_comesFromMrrLogLevel() throws Exception {
        String written = logged(Map.of("MRR_LOG_LEVEL", "WARN"), () -> {
            Logger logger = LoggerFactory.getLogger("com.managedmrr.Anything");
            logger.info("an info line");
            logger.warn("a warning");
        });

        assertThat(written).contains("a warning").doesNotContain("an info line");
    }

    @Test
    void badSettings_areRefusedWithOneLineNamingTheVariable() {
        assertThatThrownBy(() -> ObservabilitySettings.fromEnvironment(Map.of("MRR_LOG_FORMAT", "xml")))
                .isInstanceOf(StartupException.class).hasMessage("MRR_LOG_FORMAT: 'xml' is not text or json");
        assertThatThrownBy(() -> ObservabilitySettings.fromEnvironment(Map.of("MRR_LOG_LEVEL", "loud")))
                .isInstanceOf(StartupException.class).hasMessageStartingWith("MRR_LOG_LEVEL: 'loud' is not one of");
        assertThatThrownBy(() -> ObservabilitySettings.fromEnvironment(Map.of("MRR_METRICS_PORT", "70000")))
                .isInstanceOf(StartupException.class).hasMessageStartingWith("MRR_METRICS_PORT:");
    }

    @Test
    void settings_areReadFromTheEnvironment() throws Exception {
        ObservabilitySettings settings = ObservabilitySettings.fromEnvironment(
                Map.of("MRR_LOG_FORMAT", "json", "MRR_LOG_LEVEL", "debug", "MRR_METRICS_PORT", "9464"));

        assertThat(settings.logFormat()).isEqualTo("json");
        assertThat(settings.logLevel()).isEqualTo("DEBUG");
        assertThat(settings.metricsPort()).hasValue(9464);
        assertThat(ObservabilitySettings.fromEnvironment(Map.of())).isEqualTo(ObservabilitySettings.defaults());
    }

    /** What the shipped configuration writes to stdout for {@code action}, with these variables set. */
    private String logged(Map<String, String> variables, Runnable action) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        configure(variables, "logback.xml");
        action.run();
        System.out.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void configure(Map<String, String> variables, String resource) throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        variables.forEach(context::putProperty);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        URL url = LoggingConfigurationTest.class.getClassLoader().getResource(resource);
        configurator.doConfigure(url);
    }
}
