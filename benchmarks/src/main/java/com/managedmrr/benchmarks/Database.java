package com.managedmrr.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The benchmark database: on the PostgreSQL server named by a {@code postgresql://user[:password]@host:port/database}
 * URL, or on an embedded PostgreSQL (a fresh one in a temporary directory) when none is given. Each run drops and
 * re-creates the database; the server then migrates it.
 */
final class Database implements AutoCloseable {

    private final String host;
    private final int port;
    private final String name;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private Database(String host, int port, String name, String user, String password, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.name = name;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    static Database of(String url) {
        URI uri = URI.create(url);
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException("--database: expected postgresql://user@host:port/database, got " + url);
        }
        String userInfo = uri.getRawUserInfo() == null ? "postgres" : uri.getRawUserInfo();
        String user = decode(userInfo.contains(":") ? userInfo.substring(0, userInfo.indexOf(':')) : userInfo);
        String password = userInfo.contains(":") ? decode(userInfo.substring(userInfo.indexOf(':') + 1)) : null;
        String name = uri.getPath() == null || uri.getPath().length() < 2 ? "mrr_bench" : uri.getPath().substring(1);
        return new Database(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), name, user, password, null);
    }

    static Database embedded(Path directory) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "localhost")
                .start();
        return new Database("localhost", postgres.getPort(), "mrr_bench", "postgres", null, postgres);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    /** The URL the server is given (MRR_DATABASE_URL). */
    String productUrl() {
        String credentials = user + (password == null ? "" : ":" + URLEncoder.encode(password, StandardCharsets.UTF_8));
        return "postgresql://" + credentials + "@" + host + ":" + port + "/" + name;
    }

    Connection connect() throws SQLException {
        return connect(name);
    }

    private Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, properties);
    }

    void recreate() throws SQLException {
        try (Connection db = connect("postgres"); Statement st = db.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
            st.execute("CREATE DATABASE \"" + name + "\"");
        }
    }

    String version() throws SQLException {
        try (Connection db = connect("postgres"); Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SHOW server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1) + (isEmbedded() ? " (embedded)" : " at " + host + ":" + port);
        }
    }

    String size() throws SQLException {
        try (Connection db = connect(); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public void close() throws Exception {
        if (embedded != null) {
            embedded.close();
        }
    }
}
