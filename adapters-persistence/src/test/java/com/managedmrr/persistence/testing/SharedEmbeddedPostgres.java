package com.managedmrr.persistence.testing;

import com.managedmrr.persistence.database.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;

/** One throw-away embedded PostgreSQL per JVM for tests: started on first use, stopped (and deleted) at JVM exit. */
final class SharedEmbeddedPostgres {

    private static volatile DatabaseUrl url;

    private SharedEmbeddedPostgres() {
    }

    static DatabaseUrl url() {
        DatabaseUrl current = url;
        if (current == null) {
            synchronized (SharedEmbeddedPostgres.class) {
                current = url;
                if (current == null) {
                    current = start();
                    url = current;
                }
            }
        }
        return current;
    }

    private static DatabaseUrl start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setCleanDataDirectory(true)
                    .setRegisterShutdownHook(true)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            return new DatabaseUrl("localhost", postgres.getPort(), "postgres", "postgres", Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
        }
    }
}
