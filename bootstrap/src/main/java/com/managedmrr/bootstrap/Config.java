package com.managedmrr.bootstrap;

import com.managedmrr.persistence.database.DatabaseUrl;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The server's settings, read from environment variables. An empty variable counts as unset.
 *
 * @param httpPort          {@value #HTTP_PORT}, default 8080 (0 = any free port)
 * @param databaseUrl       {@value #DATABASE_URL}; empty = the embedded PostgreSQL under {@code ./data/}
 * @param apiToken          {@value #API_TOKEN}; when unset, a random one ({@code apiTokenGenerated})
 * @param apiTokenGenerated whether the token was generated for this run (then the banner shows it)
 */
public record Config(int httpPort, Optional<DatabaseUrl> databaseUrl, String apiToken, boolean apiTokenGenerated) {

    public static final String HTTP_PORT = "MRR_HTTP_PORT";
    public static final String DATABASE_URL = "MRR_DATABASE_URL";
    public static final String API_TOKEN = "MRR_API_TOKEN";

    public static final int DEFAULT_HTTP_PORT = 8080;
    public static final int MIN_TOKEN_LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    public Config {
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        Objects.requireNonNull(apiToken, "apiToken");
    }

    /** Reads the process environment; generates the API token with {@link SecureRandom} when unset. */
    public static Config fromEnvironment(Map<String, String> environment) throws StartupException {
        return parse(environment, Config::generateToken);
    }

    /** Pure parsing: {@code tokenGenerator} is asked only when {@value #API_TOKEN} is unset. */
    static Config parse(Map<String, String> environment, Supplier<String> tokenGenerator) throws StartupException {
        int port = parsePort(value(environment, HTTP_PORT));
        Optional<DatabaseUrl> databaseUrl = parseDatabaseUrl(value(environment, DATABASE_URL));
        Optional<String> token = value(environment, API_TOKEN);
        if (token.isPresent()) {
            return new Config(port, databaseUrl, checkToken(token.get()), false);
        }
        return new Config(port, databaseUrl, tokenGenerator.get(), true);
    }

    /** 32 random bytes, URL-safe Base64 without padding (43 characters). */
    static String generateToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static int parsePort(Optional<String> text) throws StartupException {
        if (text.isEmpty()) {
            return DEFAULT_HTTP_PORT;
        }
        try {
            int port = Integer.parseInt(text.get());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new StartupException(HTTP_PORT + ": '" + printable(text.get()) + "' is not a port number (0-65535)");
    }

    private static Optional<DatabaseUrl> parseDatabaseUrl(Optional<String> text) throws StartupException {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DatabaseUrl.parse(text.get()));
        } catch (IllegalArgumentException e) {
            throw new StartupException(DATABASE_URL + ": " + e.getMessage());
        }
    }

    private static String checkToken(String token) throws StartupException {
        if (token.length() < MIN_TOKEN_LENGTH) {
            throw new StartupException(API_TOKEN + ": must be at least " + MIN_TOKEN_LENGTH
                    + " characters long (it has " + token.length() + ")");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                throw new StartupException(API_TOKEN + ": must not contain spaces or control characters");
            }
        }
        return token;
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String printable(String text) {
        String shown = text.length() > 20 ? text.substring(0, 20) + "..." : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    /** Never shows the token or a database password. */
    @Override
    public String toString() {
        return "Config[httpPort=" + httpPort + ", databaseUrl=" + databaseUrl.map(DatabaseUrl::toString).orElse("embedded")
                + ", apiToken=***" + (apiTokenGenerated ? " (generated)" : "") + "]";
    }
}
