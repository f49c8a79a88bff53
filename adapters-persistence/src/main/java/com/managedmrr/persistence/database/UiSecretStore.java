package com.managedmrr.persistence.database;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;

/**
 * The admin UI's secret kept in the database, for when none is configured: the first instance to start generates it,
 * and every instance on the database reads the same one, so a session or CSRF token made by one is good on all.
 */
public final class UiSecretStore {

    private static final String INSERT = "INSERT INTO ui_secrets (name, secret) VALUES ('ui', ?) ON CONFLICT (name) DO NOTHING";
    private static final String SELECT = "SELECT secret FROM ui_secrets WHERE name = 'ui'";

    private UiSecretStore() {
    }

    /** The stored secret, generated (48 random bytes, URL-safe Base64) and stored first when there is none. */
    public static String getOrCreate(DatabaseUrl url) {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        String candidate = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (Connection connection = Jdbc.open(url)) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, candidate);
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(SELECT); ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new DatabaseException("the UI secret could not be stored", null);
                }
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read or store the UI secret: " + Jdbc.describeFailure(url, e), e);
        }
    }
}
