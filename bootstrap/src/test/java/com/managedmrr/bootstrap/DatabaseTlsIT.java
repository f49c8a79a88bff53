package com.managedmrr.bootstrap;

import com.managedmrr.persistence.database.DatabaseUrl;
import com.managedmrr.persistence.database.Jdbc;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TLS to PostgreSQL: a PostgreSQL with {@code ssl = on} and a self-signed certificate for localhost made here; the
 * server started on it with {@code sslmode=require} and {@code sslmode=verify-full} (the certificate as
 * {@code sslrootcert}) connects over TLS — migrations (JDBC) and the request pool alike —, and {@code verify-full}
 * with another root certificate is refused with one clear line.
 */
class DatabaseTlsIT {

    @TempDir
    static Path folder;

    private static EmbeddedPostgres postgres;
    private static Path serverCertificate;
    private static Path otherCertificate;

    @BeforeAll
    static void startPostgresWithTls() throws Exception {
        KeyPair serverKey = rsaKeyPair();
        serverCertificate = writePem(folder.resolve("server.crt"), "CERTIFICATE",
                selfSigned(serverKey, "localhost").getEncoded());
        Path key = writePem(folder.resolve("server.key"), "PRIVATE KEY", serverKey.getPrivate().getEncoded());
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        otherCertificate = writePem(folder.resolve("other-root.crt"), "CERTIFICATE",
                selfSigned(rsaKeyPair(), "localhost").getEncoded());

        postgres = EmbeddedPostgres.builder()
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", serverCertificate.toString())
                .setServerConfig("ssl_key_file", key.toString())
                .start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void sslModeRequire_theServer_startsAndEveryConnectionIsEncrypted() throws Exception {
        String url = url("mrr_tls_require", "?sslmode=require");

        Outcome outcome = launch(url);

        System.out.println("TLS sslmode=require: exit " + outcome.exitCode + ", " + firstLine(outcome.out));
        assertThat(outcome.err).isEmpty();
        assertThat(outcome.exitCode).isZero();
        try {
            assertThat(HttpCalls.get(outcome.server.port(), "/ready").statusCode()).isEqualTo(200);
            assertEncrypted(DatabaseUrl.parse(url), "mrr_tls_require");
        } finally {
            outcome.server.stop();
        }
    }

    @Test
    void verifyFullWithTheServersRootCertificate_theServer_startsOverTls() throws Exception {
        String url = url("mrr_tls_verify", "?sslmode=verify-full&sslrootcert=" + serverCertificate);

        Outcome outcome = launch(url);

        System.out.println("TLS sslmode=verify-full, right sslrootcert: exit " + outcome.exitCode + ", "
                + firstLine(outcome.out));
        assertThat(outcome.err).isEmpty();
        assertThat(outcome.exitCode).isZero();
        try {
            assertThat(HttpCalls.get(outcome.server.port(), "/ready").statusCode()).isEqualTo(200);
            assertEncrypted(DatabaseUrl.parse(url), "mrr_tls_verify");
        } finally {
            outcome.server.stop();
        }
    }

    @Test
    void verifyFullWithAnotherRootCertificate_theServer_refusesInOneClearLine() {
        Outcome outcome = launch(url("mrr_tls_wrong", "?sslmode=verify-full&sslrootcert=" + otherCertificate));

        System.out.println("TLS sslmode=verify-full, wrong sslrootcert: exit " + outcome.exitCode + ", " + outcome.err.strip());
        assertThat(outcome.exitCode).isEqualTo(1);
        assertThat(outcome.out).isEmpty();
        assertThat(outcome.err).isEqualTo("MRR_DATABASE_URL: TLS to PostgreSQL at localhost:" + postgres.getPort()
                + " failed (sslmode=verify-full): the server's certificate is not signed by an authority in sslrootcert "
                + otherCertificate.toAbsolutePath() + "\n");
    }

    /** The server's pool connections to {@code database} and a JDBC connection of the same URL all use TLS. */
    private static void assertEncrypted(DatabaseUrl url, String database) throws Exception {
        try (Connection connection = Jdbc.open(url);
             Statement statement = connection.createStatement();
             ResultSet own = statement.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertThat(own.next()).isTrue();
            assertThat(own.getBoolean(1)).as("JDBC over TLS").isTrue();
        }
        DatabaseUrl plain = new DatabaseUrl("localhost", postgres.getPort(), "postgres", "postgres", Optional.empty());
        try (Connection connection = Jdbc.open(plain);
             Statement statement = connection.createStatement();
             ResultSet pool = statement.executeQuery("SELECT count(*) FILTER (WHERE s.ssl), count(*) "
                     + "FROM pg_stat_activity a JOIN pg_stat_ssl s USING (pid) WHERE a.datname = '" + database + "'")) {
            assertThat(pool.next()).isTrue();
            assertThat(pool.getLong(2)).as("connections of the server's pool").isPositive();
            assertThat(pool.getLong(1)).as("pool connections over TLS").isEqualTo(pool.getLong(2));
        }
    }

    private record Outcome(int exitCode, String out, String err, ManagedMrrServer server) {
    }

    private static Outcome launch(String databaseUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.Launch launch = Main.launch(Map.of("MRR_HTTP_PORT", "0", "MRR_API_TOKEN", "tls-test-token-0123456789",
                        "MRR_DATABASE_URL", databaseUrl), folder.resolve("unused"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                server -> { });
        return new Outcome(launch.exitCode(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                launch.server());
    }

    private static String url(String database, String query) {
        return "postgresql://postgres@localhost:" + postgres.getPort() + "/" + database + query;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static KeyPair rsaKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** A self-signed certificate (its own root) naming {@code host} and 127.0.0.1, valid for a day. */
    private static X509Certificate selfSigned(KeyPair keys, String host) throws Exception {
        X500Name name = new X500Name("CN=" + host);
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minusSeconds(3600)),
                Date.from(now.plus(Duration.ofDays(1))), name, keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[]{
                new GeneralName(GeneralName.dNSName, host), new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    private static Path writePem(Path file, String type, byte[] der) throws Exception {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }
}
