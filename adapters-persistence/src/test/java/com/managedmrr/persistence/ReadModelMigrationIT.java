package com.managedmrr.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.persistence.testing.FreshDatabase;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Migration V60 builds the breakdown's read model for the data already there (docs/rules.md §5.5). */
class ReadModelMigrationIT {

    private FreshDatabase database;

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void dataWrittenBeforeTheReadModel_getsItsSpansAndCopies_whenTheServerMigrates() throws SQLException {
        database = FreshDatabase.createMigratedUpTo("50");
        execute("""
                INSERT INTO partners (partner_id, name) VALUES ('acme', 'Acme'), ('beta', 'Beta');
                INSERT INTO client_accounts (hub_id, name, currency, growth_market) VALUES (501, 'Globex', 'EUR', true);
                INSERT INTO client_mrr (hub_id, effective_from, currency, mrr)
                VALUES (501, '2026-01-01T00:00:00Z', 'USD', 1000), (501, '2026-02-01T00:00:00Z', 'EUR', 900);
                INSERT INTO client_growth_market (hub_id, effective_from, growth_market) VALUES (501, '2026-02-01T00:00:00Z', true);
                INSERT INTO partner_users (partner_id, email, name, kind)
                VALUES ('acme', 'ann@acme.example', 'Ann', 'EMPLOYEE'), ('beta', 'bob@beta.example', 'Bob', 'CONTRACTOR');
                INSERT INTO partner_clients (partner_id, hub_id, first_assigned_at)
                VALUES ('acme', 501, '2026-01-01T00:00:00Z'), ('beta', 501, '2026-01-01T00:00:00Z');
                INSERT INTO activities (activity_id, hub_id, user_email, tool, action, occurred_at, asset_id, qualifies, attributed_to)
                VALUES ('a1', 501, 'ann@acme.example', 'BLOG', 'PUBLISH', '2026-01-10T00:00:00Z', NULL, true, '{acme}'),
                       ('a2', 501, 'ann@acme.example', 'BLOG', 'PUBLISH', '2026-01-20T00:00:00Z', NULL, true, '{acme}'),
                       ('a3', 501, 'ann@acme.example', 'BLOG', 'PUBLISH', '2026-06-01T00:00:00Z', NULL, true, '{acme}'),
                       ('b1', 501, 'bob@beta.example', 'BLOG', 'PUBLISH', '2026-01-15T00:00:00Z', NULL, true, '{beta}');
                INSERT INTO attributions (activity_id, partner_id, hub_id, user_email, occurred_at)
                SELECT activity_id, attributed_to[1], hub_id, user_email, occurred_at FROM activities;
                INSERT INTO relationship_ends (partner_id, hub_id, ended_at, reason)
                VALUES ('beta', 501, '2026-02-01T00:00:00Z', 'USERS_REMOVED_FROM_CLIENT');
                """);

        database.migrate();

        List<String> rows = new ArrayList<>();
        try (Connection db = database.openConnection(); Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("""
                     SELECT partner_id, span_from, span_to, span_last_id, other_partner, other_from, other_to, name,
                            currency, growth_market, mrr_currency, mrr, growth
                     FROM partner_clients ORDER BY partner_id""")) {
            while (row.next()) {
                rows.add(row.getString(1) + " spans " + instants(row.getArray(2)) + "–" + instants(row.getArray(3))
                        + " last " + text(row.getArray(4)) + "; others " + text(row.getArray(5)) + " "
                        + instants(row.getArray(6)) + "–" + instants(row.getArray(7)) + "; " + row.getString(8) + " "
                        + row.getString(9) + " " + row.getBoolean(10) + " " + text(row.getArray(11)) + " "
                        + text(row.getArray(12)) + " " + text(row.getArray(13)));
            }
        }
        assertThat(rows).containsExactly(
                "acme spans [2026-01-10, 2026-06-01]–[2026-03-21, 2026-07-31] last [a2, a3]; others [beta] "
                        + "[2026-01-15]–[2026-02-01]; Globex EUR true [USD, EUR] [1000, 900] [true]",
                "beta spans [2026-01-15]–[2026-02-01] last [b1]; others [acme, acme] "
                        + "[2026-01-10, 2026-06-01]–[2026-03-21, 2026-07-31]; Globex EUR true [USD, EUR] [1000, 900] [true]");
    }

    private void execute(String sql) throws SQLException {
        try (Connection db = database.openConnection(); Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String text(Array array) throws SQLException {
        if (array == null) {
            return "null";
        }
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(String.valueOf(value));
        }
        return values.toString();
    }

    /** The instants of a timestamptz array, as dates (they are all at midnight UTC here). */
    private static String instants(Array array) throws SQLException {
        if (array == null) {
            return "null";
        }
        List<String> values = new ArrayList<>();
        try (ResultSet elements = array.getResultSet()) {
            while (elements.next()) {
                values.add(elements.getObject(2, OffsetDateTime.class).toInstant().toString().substring(0, 10));
            }
        }
        return values.toString();
    }
}
