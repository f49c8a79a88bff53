package com.managedmrr.persistence.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes sure the database named in a URL exists: when connecting to it fails because it does not exist, connects to
 * the {@code postgres} maintenance database on the same server with the same credentials and creates it.
 */
public final class DatabaseProvisioner {

    static final String MAINTENANCE_DATABASE = "postgres";
    private static final String INVALID_CATALOG_NAME = "3D000";
    private static final String DUPLICATE_DATABASE = "42P04";

    private DatabaseProvisioner() {
    }

    /**
     * @return true when the database was created now, false when it was already there
     * @throws DatabaseException when the server does not answer, refuses the user, or the database cannot be created
     */
    public static boolean ensureDatabaseExists(DatabaseUrl url) {
        try (Connection ignored = Jdbc.open(url)) {
            return false;
        } catch (SQLException e) {
            if (!INVALID_CATALOG_NAME.equals(e.getSQLState())) {
                throw new DatabaseException(Jdbc.describeFailure(url, e), e);
            }
        }
        return createDatabase(url);
    }

    /** Creates {@code url.database()} through the maintenance database; false when someone else just created it. */
    public static boolean createDatabase(DatabaseUrl url) {
        DatabaseUrl maintenance = url.withDatabase(MAINTENANCE_DATABASE);
        try (Connection connection = Jdbc.open(maintenance)) {
            if (exists(connection, url.database())) {
                return false;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + Jdbc.quoteIdentifier(url.database()));
                return true;
            }
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                return false;
            }
            throw new DatabaseException("could not create database " + url.database() + ": "
                    + Jdbc.describeFailure(maintenance, e), e);
        }
    }

    /** Drops {@code url.database()} through the maintenance database, disconnecting its sessions. */
    public static void dropDatabase(DatabaseUrl url) {
        DatabaseUrl maintenance = url.withDatabase(MAINTENANCE_DATABASE);
        try (Connection connection = Jdbc.open(maintenance);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + Jdbc.quoteIdentifier(url.database()) + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new DatabaseException("could not drop database " + url.database() + ": "
                    + Jdbc.describeFailure(maintenance, e), e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
