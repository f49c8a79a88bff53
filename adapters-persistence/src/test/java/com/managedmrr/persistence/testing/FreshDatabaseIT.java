package com.managedmrr.persistence.testing;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class FreshDatabaseIT {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private static Vertx vertx;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void closeVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aFreshDatabase_schemaHistory_showsTheBaselineMigrationApplied() throws SQLException {
        try (Connection connection = database.openConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version, success FROM flyway_schema_history WHERE version = '1'")) {
            assertThat(rows.next()).as("V1 is in the schema history").isTrue();
            assertThat(rows.getBoolean("success")).isTrue();
        }
        assertThat(database.name()).startsWith("mrr_test_");
    }

    @Test
    void twoFreshDatabases_aTableCreatedInOne_isAbsentFromTheOther() throws SQLException {
        try (FreshDatabase other = FreshDatabase.create()) {
            assertThat(other.name()).isNotEqualTo(database.name());
            execute(database, "CREATE TABLE only_here (id int)");
            assertThat(tableExists(database, "only_here")).isTrue();
            assertThat(tableExists(other, "only_here")).isFalse();
            assertThat(tableExists(other, "flyway_schema_history")).isTrue();
        }
    }

    @Test
    void aFreshDatabase_itsPool_runsQueriesInThatDatabase() throws Exception {
        Pool pool = database.pool(vertx);

        RowSet<Row> rows = pool.query("SELECT current_database() AS name").execute()
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertThat(rows.iterator().next().getString("name")).isEqualTo(database.name());
    }

    @Test
    void aClosedFreshDatabase_theDatabase_isDropped() throws SQLException {
        FreshDatabase temporary = FreshDatabase.create();
        String name = temporary.name();
        temporary.close();

        try (Connection connection = database.openConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    private static void execute(FreshDatabase target, String sql) throws SQLException {
        try (Connection connection = target.openConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean tableExists(FreshDatabase target, String table) throws SQLException {
        try (Connection connection = target.openConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT to_regclass('public." + table + "') IS NOT NULL")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
