package com.managedmrr.bootstrap;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How the server tells what it does, read from environment variables (an empty variable counts as unset).
 *
 * @param logFormat   {@value #LOG_FORMAT}: {@code text} (default) or {@code json} (one JSON object per line)
 * @param logLevel    {@value #LOG_LEVEL}: the level of the server's own loggers, {@code INFO} by default
 * @param metricsPort {@value #METRICS_PORT}: serve {@code /metrics} on this port only (0 = any free port); unset =
 *                    on the HTTP port with everything else
 */
public record ObservabilitySettings(String logFormat, String logLevel, OptionalInt metricsPort) {

    public static final String LOG_FORMAT = "MRR_LOG_FORMAT";
    public static final String LOG_LEVEL = "MRR_LOG_LEVEL";
    public static final String METRICS_PORT = "MRR_METRICS_PORT";

    static final Set<String> FORMATS = Set.of("text", "json");
    static final Set<String> LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

    /** Text logs at INFO, {@code /metrics} on the HTTP port. */
    public static ObservabilitySettings defaults() {
        return new ObservabilitySettings("text", "INFO", OptionalInt.empty());
    }

    /** Checks the variables (logback reads the two logging ones itself, from the same environment). */
    public static ObservabilitySettings fromEnvironment(Map<String, String> environment) throws StartupException {
        String format = value(environment, LOG_FORMAT).orElse("text");
        if (!FORMATS.contains(format)) {
            throw new StartupException(LOG_FORMAT + ": '" + printable(format) + "' is not text or json");
        }
        String level = value(environment, LOG_LEVEL).orElse("INFO");
        if (!LEVELS.contains(level.toUpperCase(Locale.ROOT))) {
            throw new StartupException(LOG_LEVEL + ": '" + printable(level)
                    + "' is not one of TRACE, DEBUG, INFO, WARN, ERROR");
        }
        OptionalInt metricsPort = OptionalInt.empty();
        Optional<String> port = value(environment, METRICS_PORT);
        if (port.isPresent()) {
            try {
                int parsed = Integer.parseInt(port.get());
                if (parsed < 0 || parsed > 65_535) {
                    throw new NumberFormatException();
                }
                metricsPort = OptionalInt.of(parsed);
            } catch (NumberFormatException e) {
                throw new StartupException(METRICS_PORT + ": '" + printable(port.get())
                        + "' is not a port number (0-65535)");
            }
        }
        return new ObservabilitySettings(format, level.toUpperCase(Locale.ROOT), metricsPort);
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String printable(String text) {
        String shown = text.length() > 20 ? text.substring(0, 20) + "..." : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
