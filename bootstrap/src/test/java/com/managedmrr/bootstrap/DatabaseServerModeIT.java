package com.managedmrr.bootstrap;

import com.managedmrr.persistence.database.DatabaseProvisioner;
import com.managedmrr.persistence.database.DatabaseUrl;
import com.managedmrr.persistence.database.Jdbc;
import com.managedmrr.persistence.testing.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code MRR_DATABASE_URL} naming a database that does not exist yet, the server creates it, migrates it and is
 * ready. Runs on the test PostgreSQL ({@code MRR_TEST_DATABASE_URL}, or the shared embedded one).
 */
class DatabaseServerModeIT {

    @RegisterExtension
    static final FreshDatabase testServer = new FreshDatabase();

    @TempDir
    Path unusedDataDirectory;

    @Test
    void aMissingDatabase_theServer_createsAndMigratesItBeforeAnsweringReady() throws Exception {
        DatabaseUrl target = testServer.url().withDatabase("mrr_mode_" + UUID.randomUUID().toString().substring(0, 8));
        ManagedMrrServer server = new ManagedMrrServer(
                new Config(0, Optional.of(target), "server-mode-token-0123456789", false), unusedDataDirectory);
        try {
            server.start();

            assertThat(HttpCalls.get(server.port(), "/ready").statusCode()).isEqualTo(200);
            assertThat(server.banner().get(1)).contains(target.address()).contains(target.database());
            try (Connection connection = Jdbc.open(target);
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
                rows.next();
                assertThat(rows.getInt(1)).isPositive();
            }
            assertThat(unusedDataDirectory).isEmptyDirectory();
        } finally {
            server.stop();
            DatabaseProvisioner.dropDatabase(target);
        }
    }
}
