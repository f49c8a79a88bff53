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

/**
 * History is never overwritten or deleted: the database refuses every UPDATE, DELETE and TRUNCATE of the audit trail,
 * even by the owner of the tables and even when the statement matches no row, and the entries stay as they were.
 */
class AuditTrailAppendOnlyIT {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private static final String RESTRICT_VIOLATION = "23001";

    @BeforeAll
    static void givenAPartnerAndOneAuditEntry() throws SQLException {
        execute("INSERT INTO partners (partner_id, name) VALUES ('acme', 'Acme')",
                """
                INSERT INTO audit_entries (at, actor_kind, actor_email, action, partner_id, hub_id, email, effects)
                VALUES ('2026-11-27T10:00:00Z', 'ADMIN', 'admin@acme.example', 'STAFF_REMOVED', 'acme', 501,
                        'ann@acme.example',
                        '[{"partnerId": "acme", "text": "ended the managed relationship with 501"}]')""",
                "INSERT INTO audit_entry_partners (partner_id, audit_entry_id) SELECT 'acme', max(audit_entry_id) FROM audit_entries");
    }

    @Test
    void anEntry_updatingIt_isRefusedByTheDatabase() {
        assertRefused("UPDATE audit_entries SET effects = '[]'");
        assertRefused("UPDATE audit_entries SET action = 'PARTNER_UPSERTED' WHERE audit_entry_id < 0");
        assertRefused("UPDATE audit_entry_partners SET partner_id = 'acme'");
    }

    @Test
    void anEntry_deletingOrTruncatingIt_isRefusedByTheDatabase() {
        assertRefused("DELETE FROM audit_entries");
        assertRefused("DELETE FROM audit_entry_partners WHERE partner_id = 'acme'");
        assertRefused("TRUNCATE audit_entry_partners, audit_entries");
    }

    @Test
    void refusedChanges_theEntry_isUnchanged() throws SQLException {
        assertRefused("UPDATE audit_entries SET effects = '[]'");
        assertRefused("DELETE FROM audit_entries");

        assertThat(count("SELECT count(*) FROM audit_entries WHERE jsonb_array_length(effects) = 1")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_entry_partners")).isEqualTo(1);
    }

    @Test
    void anAdminEntry_withoutTheAdminsEmail_isRefused() {
        assertThatThrownBy(() -> execute("""
                INSERT INTO audit_entries (at, actor_kind, action, effects)
                VALUES (now(), 'ADMIN', 'SEAT_SET', '[]')"""))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("23514");
                    assertThat(e.getMessage()).contains("audit_entries_admin_named");
                });
    }

    private static void assertRefused(String sql) {
        assertThatThrownBy(() -> execute(sql))
                .as(sql)
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).as("SQL state of %s", sql).isEqualTo(RESTRICT_VIOLATION);
                    assertThat(e.getMessage()).contains("the audit trail is append-only");
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
