package com.managedmrr.persistence.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a PostgreSQL database lives, parsed from {@code postgresql://user:password@host:port/database}, and how to
 * reach it: libpq's {@code sslmode} and {@code sslrootcert} query parameters choose TLS for every client of the
 * database (the vertx-pg-client pool and the JDBC connections of provisioning and Flyway alike).
 *
 * <p>{@link #toString()} never shows the password, so an instance may be logged or printed.
 *
 * @param sslMode     how TLS is used ({@link SslMode#DISABLE} when the URL does not say)
 * @param sslRootCert the PEM file of the certificate authorities trusted to sign the server's certificate; when
 *                    empty, {@code verify-ca} and {@code verify-full} trust the JVM's default authorities
 */
public record DatabaseUrl(String host, int port, String database, String user, Optional<String> password,
                          SslMode sslMode, Optional<Path> sslRootCert) {

    public static final int DEFAULT_PORT = 5432;
    static final String EXPECTED_FORM = "expected postgresql://user:password@host:port/database";

    /** libpq's {@code sslmode} values that this server supports, by their libpq names. */
    public enum SslMode {
        /** No TLS. */
        DISABLE("disable"),
        /** TLS, without checking the server's certificate (unless {@code sslrootcert} is given, as libpq does). */
        REQUIRE("require"),
        /** TLS; the server's certificate must be signed by a trusted authority. */
        VERIFY_CA("verify-ca"),
        /** TLS; the certificate must be signed by a trusted authority and name the host connected to. */
        VERIFY_FULL("verify-full");

        private final String libpqName;

        SslMode(String libpqName) {
            this.libpqName = libpqName;
        }

        public String libpqName() {
            return libpqName;
        }

        /** Whether the server's certificate chain is checked against trusted authorities. */
        public boolean verifiesCertificate() {
            return this == VERIFY_CA || this == VERIFY_FULL;
        }

        static SslMode of(String name) {
            for (SslMode mode : values()) {
                if (mode.libpqName.equals(name)) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("sslmode '" + printable(name) + "' is not supported; use one of "
                    + Arrays.stream(values()).map(SslMode::libpqName).collect(Collectors.joining(", ")));
        }
    }

    public DatabaseUrl {
        requireText(host, "host");
        requireText(database, "database");
        requireText(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(sslMode, "sslMode");
        Objects.requireNonNull(sslRootCert, "sslRootCert");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is out of range (1-65535)");
        }
        if (sslRootCert.isPresent() && sslMode == SslMode.DISABLE) {
            throw new IllegalArgumentException("sslrootcert needs sslmode require, verify-ca or verify-full");
        }
        if (sslMode == SslMode.REQUIRE && sslRootCert.isPresent()) {
            sslMode = SslMode.VERIFY_CA; // libpq: require with a root certificate checks the chain
        }
    }

    /** Without TLS. */
    public DatabaseUrl(String host, int port, String database, String user, Optional<String> password) {
        this(host, port, database, user, password, SslMode.DISABLE, Optional.empty());
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
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException("must not have a #fragment; " + EXPECTED_FORM);
        }
        Map<String, String> query = query(uri.getRawQuery());
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
        SslMode sslMode = query.containsKey("sslmode") ? SslMode.of(query.get("sslmode")) : SslMode.DISABLE;
        Optional<Path> rootCert = Optional.ofNullable(query.get("sslrootcert")).map(DatabaseUrl::readableFile);
        return new DatabaseUrl(host, port, decode(path.substring(1)), user, password, sslMode, rootCert);
    }

    /** The same server, credentials and TLS, another database on it. */
    public DatabaseUrl withDatabase(String otherDatabase) {
        return new DatabaseUrl(host, port, otherDatabase, user, password, sslMode, sslRootCert);
    }

    /** The same, with the password given (e.g. read from a file). */
    public DatabaseUrl withPassword(String newPassword) {
        return new DatabaseUrl(host, port, database, user, Optional.of(newPassword), sslMode, sslRootCert);
    }

    /**
     * {@code jdbc:postgresql://host:port/database?sslmode=...}, with the TLS settings for pgjdbc; user and password
     * are passed separately.
     */
    public String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(hostForUrl()).append(':').append(port)
                .append('/').append(URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20"))
                .append("?sslmode=").append(sslMode.libpqName());
        if (sslRootCert.isPresent()) {
            url.append("&sslrootcert=").append(URLEncoder.encode(sslRootCert.get().toString(), StandardCharsets.UTF_8));
        } else if (sslMode.verifiesCertificate()) {
            // without sslrootcert, the JVM's trusted authorities (pgjdbc's default would want ~/.postgresql/root.crt)
            url.append("&sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory");
        }
        return url.toString();
    }

    /** host:port, for messages. */
    public String address() {
        return hostForUrl() + ":" + port;
    }

    /** The URL with the password masked (so it can be shown), e.g. {@code postgresql://app:***@db:5432/mrr}. */
    @Override
    public String toString() {
        return "postgresql://" + user + (password.isPresent() ? ":***" : "") + "@" + address() + "/" + database
                + (sslMode == SslMode.DISABLE ? "" : "?sslmode=" + sslMode.libpqName())
                + sslRootCert.map(path -> "&sslrootcert=" + path).orElse("");
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!name.equals("sslmode") && !name.equals("sslrootcert")) {
                throw new IllegalArgumentException("query parameter '" + printable(name)
                        + "' is not supported; only sslmode and sslrootcert are");
            }
            if (parameters.put(name, value) != null) {
                throw new IllegalArgumentException("query parameter " + name + " is given twice");
            }
        }
        return parameters;
    }

    private static Path readableFile(String name) {
        Path path;
        try {
            path = Path.of(name).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("sslrootcert '" + printable(name) + "' is not a file name");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException("sslrootcert " + path + " is not a readable file");
        }
        return path;
    }

    private static String printable(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
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
