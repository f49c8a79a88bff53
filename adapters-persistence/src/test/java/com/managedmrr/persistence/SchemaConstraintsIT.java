package com.managedmrr.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.managedmrr.persistence.testing.FreshDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The database itself refuses what the model forbids, whatever the code above it does. */
class SchemaConstraintsIT {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @BeforeAll
    static void givenAPartnerAUserAndAClient() throws SQLException {
        execute("INSERT INTO partners (partner_id, name) VALUES ('acme', 'Acme')",
                "INSERT INTO partner_users (partner_id, email, name, kind) VALUES ('acme', 'ann@acme.example', 'Ann', 'EMPLOYEE')",
                "INSERT INTO client_accounts (hub_id, name, currency, growth_market) VALUES (501, 'Globex', 'USD', false)");
    }

    @Test
    void aStoredActivity_theSameActivityId_isRefused() throws SQLException {
        String insert = "INSERT INTO activities (activity_id, hub_id, user_email, tool, action, occurred_at, qualifies) "
                + "VALUES ('evt-1', 501, 'ann@acme.example', 'BLOG', 'PUBLISH', now(), true)";
        execute(insert);

        assertRefused(insert, "23505", "activities_pkey");
    }

    @Test
    void aStoredAttribution_theSameAttribution_isRefused() throws SQLException {
        String insert = "INSERT INTO attributions (activity_id, partner_id, hub_id, user_email, occurred_at) "
                + "VALUES ('evt-9', 'acme', 501, 'ann@acme.example', '2026-01-01Z')";
        execute(insert);

        assertRefused(insert, "23505", "attributions_pkey");
    }

    @Test
    void aNegativeMrr_theMrr_isRefused() {
        assertRefused("INSERT INTO client_mrr (hub_id, effective_from, currency, mrr) VALUES (501, now(), 'USD', -0.01)",
                "23514", "client_mrr_not_negative");
    }

    @Test
    void malformedValues_theyAreRefused() {
        assertRefused("INSERT INTO client_accounts (hub_id, name, currency, growth_market) VALUES (502, 'X', 'usd', false)",
                "23514", "client_accounts_currency_shape");
        assertRefused("INSERT INTO client_accounts (hub_id, name, currency, growth_market) VALUES (0, 'X', 'USD', false)",
                "23514", "client_accounts_hub_id_positive");
        assertRefused("INSERT INTO seat_periods (hub_id, email, status, valid_from) VALUES (501, 'x@y.example', 'SUSPENDED', now())",
                "23514", "seat_periods_status");
        assertRefused("INSERT INTO seat_periods (hub_id, email, status, valid_from) VALUES (501, 'Ann@Acme.example', 'ACTIVE', now())",
                "23514", "seat_periods_email_lower_case");
        assertRefused("INSERT INTO partner_users (partner_id, email, name, kind) VALUES ('acme', 'bob@acme.example', 'Bob', 'INTERN')",
                "23514", "partner_users_kind");
        assertRefused("INSERT INTO relationship_ends (partner_id, hub_id, ended_at, reason) VALUES ('acme', 501, now(), 'EXPIRED')",
                "23514", "relationship_ends_reason");
        assertRefused("INSERT INTO qualifying_actions (tool, effective_from, actions) VALUES ('BLOG', now(), ARRAY['VIEW'])",
                "23514", "qualifying_actions_never_login_or_view");
        assertRefused("INSERT INTO point_units (currency, effective_from, unit) VALUES ('USD', now(), 0)",
                "23514", "point_units_positive");
    }

    @Test
    void aPeriodEndingAtOrBeforeItsStart_thePeriod_isRefused() {
        assertRefused("INSERT INTO partner_memberships (partner_id, email, valid_from, valid_to) "
                + "VALUES ('acme', 'ann@acme.example', '2026-01-02Z', '2026-01-02Z')", "23514", "partner_memberships_period");
        assertRefused("INSERT INTO seat_periods (hub_id, email, status, valid_from, valid_to) "
                + "VALUES (501, 'ann@acme.example', 'ACTIVE', '2026-01-02Z', '2026-01-01Z')", "23514", "seat_periods_period");
    }

    @Test
    void anOpenPeriod_asecondOpenPeriodForTheSameKey_isRefused_butAClosedOneIsNot() throws SQLException {
        execute("INSERT INTO partner_memberships (partner_id, email, valid_from) VALUES ('acme', 'ann@acme.example', '2026-01-01Z')",
                "INSERT INTO seat_periods (hub_id, email, status, valid_from) VALUES (501, 'ann@acme.example', 'ACTIVE', '2026-01-01Z')",
                "INSERT INTO assignment_periods (partner_id, email, hub_id, valid_from) VALUES ('acme', 'ann@acme.example', 501, '2026-01-01Z')");

        assertRefused("INSERT INTO partner_memberships (partner_id, email, valid_from) VALUES ('acme', 'ann@acme.example', '2026-02-01Z')",
                "23505", "partner_memberships_one_open");
        assertRefused("INSERT INTO seat_periods (hub_id, email, status, valid_from) VALUES (501, 'ann@acme.example', 'DEACTIVATED', '2026-02-01Z')",
                "23505", "seat_periods_one_open");
        assertRefused("INSERT INTO assignment_periods (partner_id, email, hub_id, valid_from) VALUES ('acme', 'ann@acme.example', 501, '2026-02-01Z')",
                "23505", "assignment_periods_one_open");
        execute("INSERT INTO seat_periods (hub_id, email, status, valid_from, valid_to) "
                + "VALUES (501, 'ann@acme.example', 'DEACTIVATED', '2025-01-01Z', '2025-02-01Z')");
    }

    @Test
    void unknownReferences_theyAreRefused() {
        assertRefused("INSERT INTO seat_periods (hub_id, email, status, valid_from) VALUES (999, 'ann@acme.example', 'ACTIVE', now())",
                "23503", "seat_periods_hub_id_fkey");
        assertRefused("INSERT INTO assignment_periods (partner_id, email, hub_id, valid_from) VALUES ('acme', 'nobody@acme.example', 501, now())",
                "23503", "assignment_periods_user_fkey");
    }

    @Test
    void theMigrations_theSeeds_areSpec4AndSpec6() throws SQLException {
        assertThat(count("SELECT count(*) FROM qualifying_actions WHERE effective_from = 'epoch'")).isEqualTo(14);
        assertThat(count("SELECT count(*) FROM qualifying_actions WHERE tool = 'BLOG' AND actions = ARRAY['PUBLISH']")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM point_units WHERE effective_from = 'epoch'")).isEqualTo(9);
        assertThat(count("SELECT count(*) FROM point_units WHERE currency = 'COP' AND unit = 408000")).isEqualTo(1);
    }

    private static void assertRefused(String sql, String sqlState, String constraint) {
        assertThatThrownBy(() -> execute(sql))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).as("SQL state of %s", sql).isEqualTo(sqlState);
                    assertThat(e.getMessage()).contains(constraint);
                });
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection connection = database.openConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = database.openConnection(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
