package com.managedmrr.persistence.database;

import java.security.cert.CertificateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.net.ssl.SSLException;

/** Plain JDBC connections for start-up work (provisioning, migrations); request handling uses the Vert.x pool. */
public final class Jdbc {

    static final int CONNECT_TIMEOUT_SECONDS = 10;

    private Jdbc() {
    }

    /** Opens a connection; the caller closes it. */
    public static Connection open(DatabaseUrl url) throws SQLException {
        return DriverManager.getConnection(url.jdbcUrl(), properties(url));
    }

    static Properties properties(DatabaseUrl url) {
        Properties properties = new Properties();
        properties.setProperty("user", url.user());
        url.password().ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", "0");
        properties.setProperty("ApplicationName", "managed-mrr");
        return properties;
    }

    /** Double-quotes an SQL identifier (a database name), doubling embedded quotes. */
    static String quoteIdentifier(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** One line saying why a connection to {@code url} failed, without the password or a stack trace. */
    static String describeFailure(DatabaseUrl url, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (url.sslMode() != DatabaseUrl.SslMode.DISABLE && isTlsFailure(e)) {
            return describeTlsFailure(url, e);
        }
        if (state.startsWith("08")) {
            return "no PostgreSQL answers at " + url.address() + " (" + firstLine(rootCause(e).getMessage()) + ")";
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return "PostgreSQL at " + url.address() + " refused user " + url.user() + " (" + firstLine(e.getMessage()) + ")";
        }
        if (state.equals("3D000")) {
            return "database " + url.database() + " does not exist at " + url.address();
        }
        return "PostgreSQL at " + url.address() + " failed: " + firstLine(e.getMessage())
                + (state.isEmpty() ? "" : " (SQL state " + state + ")");
    }

    private static boolean isTlsFailure(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SSLException || cause instanceof CertificateException) {
                return true;
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("SSL") || message.contains("hostname") && message.contains("verified")) {
                return true;
            }
        }
        return false;
    }

    /** E.g. "TLS to PostgreSQL at db:5432 failed (sslmode=verify-full): its certificate is not signed by ...". */
    private static String describeTlsFailure(DatabaseUrl url, SQLException e) {
        String mode = "sslmode=" + url.sslMode().libpqName();
        String trusted = url.sslRootCert().map(path -> "an authority in sslrootcert " + path)
                .orElse("an authority the JVM trusts");
        String reason;
        String detail = firstLine(rootCause(e).getMessage());
        String chain = messages(e);
        if (chain.contains("PKIX") || chain.contains("CertPath") || chain.contains("certification path")) {
            reason = "the server's certificate is not signed by " + trusted;
        } else if (String.valueOf(e.getMessage()).contains("hostname")) {
            reason = "the server's certificate does not name the host " + url.host();
        } else if (String.valueOf(e.getMessage()).contains("does not support SSL")) {
            reason = "the server does not accept TLS connections (ssl = off?)";
        } else {
            reason = firstLine(e.getMessage()) + (detail.equals(firstLine(e.getMessage())) ? "" : " (" + detail + ")");
        }
        return "TLS to PostgreSQL at " + url.address() + " failed (" + mode + "): " + reason;
    }

    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
        }
        return text.toString();
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no details";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return (newline < 0 ? trimmed : trimmed.substring(0, newline)).strip();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
