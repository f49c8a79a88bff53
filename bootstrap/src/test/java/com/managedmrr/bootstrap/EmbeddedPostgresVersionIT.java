package com.managedmrr.bootstrap;

import com.managedmrr.persistence.database.Jdbc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded PostgreSQL is the current major (17), and a data folder of another major is refused in one line. */
class EmbeddedPostgresVersionIT {

    @TempDir
    Path folder;

    @Test
    void theEmbeddedPostgres_isTheMajorTheJarClaims() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder.resolve("postgres"));
             Connection connection = Jdbc.open(database.url().withDatabase("postgres"));
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("SHOW server_version_num")) {
            assertThat(version.next()).isTrue();
            assertThat(version.getInt(1) / 10_000).isEqualTo(Integer.parseInt(EmbeddedDatabase.POSTGRES_MAJOR));
        }
        assertThat(Files.readString(folder.resolve("postgres").resolve("PG_VERSION")).strip())
                .isEqualTo(EmbeddedDatabase.POSTGRES_MAJOR);
    }

    @Test
    void aDataFolderOfPostgres14_start_refusesItInOneLineWithTheWayOut() throws Exception {
        Path data = Files.createDirectories(folder.resolve("postgres"));
        Files.writeString(data.resolve("PG_VERSION"), "14\n");

        assertThatThrownBy(() -> EmbeddedDatabase.start(data))
                .isInstanceOf(StartupException.class)
                .hasMessage(data.toAbsolutePath() + " holds PostgreSQL 14 data, and the embedded PostgreSQL is 17: move "
                        + "the folder away to start afresh, or copy the data over with pg_dump and psql "
                        + "(see docs/operations.md, Upgrade)");
        // the folder is released: nothing was started
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }
}
