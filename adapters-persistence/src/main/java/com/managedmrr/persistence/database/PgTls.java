package com.managedmrr.persistence.database;

import io.vertx.core.net.ClientSSLOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.TrustOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;

import javax.net.ssl.TrustManagerFactory;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/** The TLS of a {@link DatabaseUrl} ({@code sslmode}, {@code sslrootcert}) applied to vertx-pg-client's options. */
final class PgTls {

    private PgTls() {
    }

    static PgConnectOptions apply(PgConnectOptions options, DatabaseUrl url) {
        switch (url.sslMode()) {
            case DISABLE -> options.setSslMode(SslMode.DISABLE);
            case REQUIRE -> options.setSslMode(SslMode.REQUIRE)
                    .setSslOptions(new ClientSSLOptions().setTrustAll(true).setHostnameVerificationAlgorithm(""));
            case VERIFY_CA -> options.setSslMode(SslMode.VERIFY_CA)
                    .setSslOptions(new ClientSSLOptions().setTrustOptions(trust(url)).setHostnameVerificationAlgorithm(""));
            case VERIFY_FULL -> options.setSslMode(SslMode.VERIFY_FULL)
                    .setSslOptions(new ClientSSLOptions().setTrustOptions(trust(url))
                            .setHostnameVerificationAlgorithm("HTTPS"));
        }
        return options;
    }

    /** The authorities in {@code sslrootcert}, or the JVM's default ones. */
    private static TrustOptions trust(DatabaseUrl url) {
        if (url.sslRootCert().isPresent()) {
            return new PemTrustOptions().addCertPath(url.sslRootCert().get().toString());
        }
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            return TrustOptions.wrap(factory);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM's default trusted authorities cannot be loaded", e);
        }
    }
}
