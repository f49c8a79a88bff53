package com.managedmrr.persistence.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a PostgreSQL database lives, parsed from {@code postgresql://user:password@host:port/database}.
 *
 * <p>{@link #toString()} never shows the password, so an instance may be logged or printed.
 */
public record DatabaseUrl(String host, int port, String database, String user, Optional<String> password) {

    public static final int DEFAULT_PORT = 5432;
    static final String EXPECTED_FORM = "expected postgresql://user:password@host:port/database";

    public DatabaseUrl {
        requireText(host, "host");
        requireText(database, "database");
        requireText(user, "user");
        Objects.requireNonNull(password, "password");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is out of range (1-65535)");
        }
    }

    /**
     * Parses a URL of the form {@code postgresql://user:password@host:port/database} (scheme {@code postgres}
     * is accepted too; the port defaults to 5432; user and password may be percent-encoded).
     *
     * @throws IllegalArgumentException with a one-line reason that never repeats the password
     */
    public static DatabaseUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is empty; " + EXPECTED_FORM);
        }
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "is not a valid URL; " + EXPECTED_FORM + " (percent-encode special characters in the password)");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("postgresql") || scheme.equals("postgres"))) {
            throw new IllegalArgumentException("must start with postgresql://; " + EXPECTED_FORM);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("has no host name; " + EXPECTED_FORM);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("must not have query parameters; " + EXPECTED_FORM);
        }
        String path = uri.getRawPath();
        if (path == null || path.length() <= 1 || path.indexOf('/', 1) >= 0) {
            throw new IllegalArgumentException("names no database; " + EXPECTED_FORM);
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null || userInfo.isEmpty() || userInfo.startsWith(":")) {
            throw new IllegalArgumentException("names no user; " + EXPECTED_FORM);
        }
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        Optional<String> password = colon < 0
                ? Optional.empty()
                : Optional.of(decode(userInfo.substring(colon + 1))).filter(p -> !p.isEmpty());
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new DatabaseUrl(host, port, decode(path.substring(1)), user, password);
    }

    /** The same server and credentials, another database on it. */
    public DatabaseUrl withDatabase(String otherDatabase) {
        return new DatabaseUrl(host, port, otherDatabase, user, password);
    }

    /** {@code jdbc:postgresql://host:port/database}; user and password are passed separately. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + hostForUrl() + ":" + port + "/" + database;
    }

    /** host:port, for messages. */
    public String address() {
        return hostForUrl() + ":" + port;
    }

    /** The URL with the password masked (so it can be shown), e.g. {@code postgresql://app:***@db:5432/mrr}. */
    @Override
    public String toString() {
        return "postgresql://" + user + (password.isPresent() ? ":***" : "") + "@" + address() + "/" + database;
    }

    private String hostForUrl() {
        return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("has a malformed percent-encoding; " + EXPECTED_FORM);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }
}
