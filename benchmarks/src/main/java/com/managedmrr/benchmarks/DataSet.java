package com.managedmrr.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The realistic data set, scaled by one factor and deterministic from a seed, loaded straight into the product's
 * tables (server-side {@code INSERT ... SELECT}, after the server's own Flyway migration created them).
 *
 * <p>At factor 1: 2,000 partners, about 21,000 partner users (10 per partner, 200 in each of the 5 large ones),
 * 50,000 client accounts in 8 currencies (ZAR and COP are growth markets), their seats and assignments, and 5,000,000
 * activities spread uniformly over the 120 days before {@code now} (100 per client). The skew is in the partners: 5
 * large partners hold 3,000, 2,750, 2,500, 2,250 and 2,000 clients (the same sizes at every factor from 1 up, so a
 * larger factor grows the tables, not the largest partner); the rest of the clients fall on the other partners by
 * {@code partner = floor(n * u²)}, which gives a long tail of partners with a handful of clients. One client in five
 * has a second partner; a few of those relationships ended (the partner's users removed from the client), with the
 * assignment and seat closed at that instant.
 *
 * <p>The schema's invariants hold: every assignment has its partner user and membership, every assigned user is
 * seated (ACTIVE) from before the assignment, {@code partner_clients} lists every (partner, client) ever assigned, and
 * an activity is attributed (in {@code activities.attributed_to} and {@code attributions}) exactly when it qualifies
 * (the seeded catalogue: BLOG/PUBLISH, CREATE/EDIT elsewhere) and its user was a present partner user, seated and
 * assigned to the client at its instant.
 */
final class DataSet {

    static final int DAYS = 120;
    static final int[] LARGE_PARTNER_SIZES = {3000, 2750, 2500, 2250, 2000};

    final double factor;
    final long seed;
    final Instant now;
    final int partners;
    final int clients;
    final long activities;

    DataSet(double factor, long seed, Instant now) {
        this.factor = factor;
        this.seed = seed;
        this.now = now;
        this.partners = Math.max(LARGE_PARTNER_SIZES.length + 10, (int) Math.round(2000 * factor));
        this.clients = Math.max(500, (int) Math.round(50_000 * factor));
        this.activities = Math.round(100.0 * clients);
    }

    /** The size of the i-th large partner: its nominal size, capped at a tenth of the clients for small factors. */
    int largeSize(int i) {
        return Math.min(LARGE_PARTNER_SIZES[i], clients / 10);
    }

    /** Loads everything, then VACUUM ANALYZE; the (hub, e-mail) pairs of assigned, seated partner users are kept. */
    List<Seat> load(Connection db) throws SQLException {
        db.setAutoCommit(true);
        try (Statement st = db.createStatement()) {
            st.execute("SET synchronous_commit = off");
            st.execute("SET maintenance_work_mem = '512MB'");
            st.execute("SET work_mem = '256MB'");
            for (String sql : statements()) {
                st.execute(sql);
            }
            List<Seat> seats = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT hub_id, email FROM bench_slot WHERE partner_id IS NOT NULL AND end_at IS NULL ORDER BY hub_id, slot")) {
                while (rs.next()) {
                    seats.add(new Seat(rs.getLong(1), rs.getString(2)));
                }
            }
            st.execute("DROP TABLE bench_slot, bench_pc, bench_client");
            st.execute("VACUUM ANALYZE");
            return seats;
        }
    }

    /** A partner user seated in and assigned to a client account (the ingestion benchmark's activities come from these). */
    record Seat(long hubId, String email) {
    }

    private List<String> statements() {
        String t0 = "timestamptz '" + now + "'";
        int k = LARGE_PARTNER_SIZES.length;
        StringBuilder largeCase = new StringBuilder("CASE");
        int offset = 0;
        for (int i = 0; i < k; i++) {
            offset += largeSize(i);
            largeCase.append(" WHEN h <= ").append(offset).append(" THEN ").append(i + 1);
        }
        int largeTotal = offset;
        largeCase.append(" ELSE ").append(k + 1).append(" + floor(").append(partners - k)
                .append(" * pg_temp.u(h, 1) ^ 2)::int END");
        List<String> sql = new ArrayList<>();
        // u(x, salt): a uniform double in [0, 1), a hash of x, the seed and the salt
        sql.add("CREATE FUNCTION pg_temp.u(x bigint, salt int) RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS "
                + "$$ SELECT (hashint8extended(x, " + seed + " * 1000 + salt) & 2147483647)::double precision / 2147483648 $$");
        sql.add("INSERT INTO partners SELECT 'p' || g, 'Partner ' || g FROM generate_series(1, " + partners + ") g");
        sql.add("INSERT INTO partner_email_domains SELECT 'p' || g, 'p' || g || '.example', 1 FROM generate_series(1, " + partners + ") g");
        sql.add("INSERT INTO partner_users SELECT 'p' || g, 'u' || n || '@p' || g || '.example', 'User ' || n, "
                + "CASE WHEN n % 10 = 0 THEN 'CONTRACTOR' ELSE 'EMPLOYEE' END "
                + "FROM generate_series(1, " + partners + ") g, generate_series(1, CASE WHEN g <= " + k + " THEN 200 ELSE 10 END) n");
        sql.add("INSERT INTO partner_memberships (partner_id, email, valid_from) SELECT partner_id, email, " + t0
                + " - interval '400 days' FROM partner_users");
        // clients: currency by weight (USD 40%, EUR 20%, GBP 10%, AUD 8%, CAD 7%, JPY 5%, ZAR 5%, COP 5%)
        sql.add("CREATE TEMP TABLE bench_client AS SELECT h AS hub_id, "
                + "CASE WHEN r < 0.40 THEN 'USD' WHEN r < 0.60 THEN 'EUR' WHEN r < 0.70 THEN 'GBP' WHEN r < 0.78 THEN 'AUD' "
                + "WHEN r < 0.85 THEN 'CAD' WHEN r < 0.90 THEN 'JPY' WHEN r < 0.95 THEN 'ZAR' ELSE 'COP' END AS currency, "
                + largeCase + " AS partner1, "
                + "CASE WHEN pg_temp.u(h, 2) < 0.2 THEN " + (k + 1) + " + floor(" + (partners - k) + " * pg_temp.u(h, 3))::int END AS partner2 "
                + "FROM generate_series(1, " + clients + ") h, LATERAL (SELECT pg_temp.u(h, 0) AS r) rr");
        sql.add("UPDATE bench_client SET partner2 = NULL WHERE partner2 = partner1");
        sql.add("INSERT INTO client_accounts SELECT hub_id, 'Client ' || hub_id, currency, currency IN ('ZAR', 'COP') FROM bench_client");
        sql.add("INSERT INTO client_mrr SELECT hub_id, " + t0 + " - interval '400 days', currency, "
                + "round((50 + pg_temp.u(hub_id, 4) * 4950)::numeric * CASE currency WHEN 'JPY' THEN 144 WHEN 'ZAR' THEN 18 "
                + "WHEN 'COP' THEN 4000 ELSE 1 END, CASE currency WHEN 'JPY' THEN 0 ELSE 2 END) FROM bench_client");
        sql.add("INSERT INTO client_mrr SELECT m.hub_id, " + t0 + " - interval '60 days', m.currency, round(m.mrr * 1.1, CASE m.currency WHEN 'JPY' THEN 0 ELSE 2 END) "
                + "FROM client_mrr m WHERE pg_temp.u(m.hub_id, 5) < 0.1");
        // (partner, client) pairs, each with its first assignment; 3% of the second partners' relationships ended
        sql.add("CREATE TEMP TABLE bench_pc AS "
                + "SELECT hub_id, partner1 AS partner, 1 AS role FROM bench_client "
                + "UNION ALL SELECT hub_id, partner2, 2 FROM bench_client WHERE partner2 IS NOT NULL");
        sql.add("ALTER TABLE bench_pc ADD COLUMN partner_id text, ADD COLUMN users int, ADD COLUMN assigned_at timestamptz, ADD COLUMN end_at timestamptz");
        sql.add("UPDATE bench_pc SET partner_id = 'p' || partner, users = CASE WHEN partner <= " + k + " THEN 200 ELSE 10 END, "
                + "assigned_at = " + t0 + " - interval '300 days' + pg_temp.u(hub_id * 4 + role, 6) * interval '100 days', "
                + "end_at = CASE WHEN role = 2 AND pg_temp.u(hub_id, 7) < 0.03 THEN " + t0
                + " - pg_temp.u(hub_id, 8) * interval '90 days' END");
        sql.add("INSERT INTO partner_clients SELECT partner_id, hub_id, assigned_at FROM bench_pc");
        // slots: the users of a client that activities come from: each partner's one or two assigned users, and the
        // client's own user (never attributed)
        sql.add("CREATE TEMP TABLE bench_slot AS "
                + "SELECT hub_id, row_number() OVER (PARTITION BY hub_id ORDER BY role, email) - 1 AS slot, email, partner_id, assigned_at, end_at "
                + "FROM (SELECT DISTINCT pc.hub_id, pc.role, 'u' || (1 + (pc.hub_id * n + pc.role) % pc.users) || '@' || pc.partner_id || '.example' AS email, "
                + "             pc.partner_id, pc.assigned_at, pc.end_at "
                + "      FROM bench_pc pc, LATERAL (SELECT 7 AS n UNION ALL SELECT 13 WHERE pg_temp.u(pc.hub_id * 4 + pc.role, 9) < 0.3) nn "
                + "      UNION ALL SELECT hub_id, 3, 'owner@client' || hub_id || '.example', NULL, NULL, NULL FROM bench_client) s");
        sql.add("CREATE INDEX ON bench_slot (hub_id, slot)");
        sql.add("ALTER TABLE bench_client ADD COLUMN slots int");
        sql.add("UPDATE bench_client c SET slots = s.n FROM (SELECT hub_id, count(*) AS n FROM bench_slot GROUP BY hub_id) s WHERE s.hub_id = c.hub_id");
        sql.add("INSERT INTO assignment_periods (partner_id, email, hub_id, valid_from, valid_to) "
                + "SELECT partner_id, email, hub_id, assigned_at, end_at FROM bench_slot WHERE partner_id IS NOT NULL");
        sql.add("INSERT INTO seat_periods (hub_id, email, status, valid_from, valid_to) "
                + "SELECT hub_id, email, 'ACTIVE', " + t0 + " - interval '310 days', end_at FROM bench_slot");
        sql.add("INSERT INTO relationship_ends (partner_id, hub_id, ended_at, reason) "
                + "SELECT partner_id, hub_id, end_at, 'USERS_REMOVED_FROM_CLIENT' FROM bench_pc WHERE end_at IS NOT NULL");
        // the ledger: bulk-loaded without its indexes, which are then built once (same definitions)
        sql.addAll(withoutIndexes(List.of("activities", "attributions"), List.of(
                "INSERT INTO activities (activity_id, hub_id, user_email, tool, action, occurred_at, asset_id, qualifies, attributed_to) "
                        + "SELECT 'a' || lpad(g::text, 10, '0'), s.hub_id, s.email, x.tool, x.action, x.at, "
                        + "CASE WHEN x.tool = 'BLOG' THEN 'post-' || (g % 40) END, x.qualifies, "
                        + "CASE WHEN x.qualifies AND s.partner_id IS NOT NULL AND x.at >= s.assigned_at AND (s.end_at IS NULL OR x.at < s.end_at) "
                        + "     THEN ARRAY[s.partner_id] ELSE '{}' END "
                        + "FROM generate_series(1, " + activities + ") g "
                        + "CROSS JOIN LATERAL (SELECT 1 + floor(" + clients + " * pg_temp.u(g, 10))::bigint AS h) hh "
                        + "JOIN bench_client c ON c.hub_id = hh.h "
                        + "JOIN bench_slot s ON s.hub_id = hh.h AND s.slot = floor(c.slots * pg_temp.u(g, 11))::int "
                        + "CROSS JOIN LATERAL (SELECT (ARRAY['BLOG', 'EMAIL', 'CRM', 'SOCIAL', 'LANDING_PAGES'])[1 + g % 5] AS tool, "
                        + "       pg_temp.u(g, 13) < 0.85 AS qualifies, "
                        + "       " + t0 + " - interval '" + DAYS + " days' + pg_temp.u(g, 12) * interval '" + DAYS + " days' AS at) t "
                        + "CROSS JOIN LATERAL (SELECT t.tool, t.qualifies, date_trunc('milliseconds', t.at) AS at, "
                        + "       CASE WHEN NOT t.qualifies THEN (ARRAY['VIEW', 'LOGIN'])[1 + g % 2] "
                        + "            WHEN t.tool = 'BLOG' THEN 'PUBLISH' ELSE (ARRAY['CREATE', 'EDIT'])[1 + g % 2] END AS action) x",
                "INSERT INTO attributions (activity_id, partner_id, hub_id, user_email, occurred_at) "
                        + "SELECT a.activity_id, p.partner_id, a.hub_id, a.user_email, a.occurred_at "
                        + "FROM activities a CROSS JOIN LATERAL unnest(a.attributed_to) AS p(partner_id) "
                        + "WHERE a.attributed_to <> '{}'")));
        if (largeTotal > clients) {
            throw new IllegalStateException("large partners exceed the clients");
        }
        return sql;
    }

    /**
     * The statements that drop the tables' indexes and constraints backed by an index, run the loads, and re-create
     * them from their own definitions (read from the catalogue when these statements run).
     */
    private static List<String> withoutIndexes(List<String> tables, List<String> loads) {
        String names = "ARRAY['" + String.join("', '", tables) + "']::regclass[]";
        List<String> sql = new ArrayList<>();
        sql.add("CREATE TEMP TABLE bench_ddl AS "
                + "SELECT 1 AS step, format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) AS ddl, "
                + "       format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname) AS undo "
                + "FROM pg_constraint c WHERE c.conrelid = ANY(" + names + ") AND c.conindid <> 0 "
                + "UNION ALL "
                + "SELECT 2, pg_get_indexdef(i.indexrelid), format('DROP INDEX %s', i.indexrelid::regclass) "
                + "FROM pg_index i WHERE i.indrelid = ANY(" + names + ") "
                + "  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)");
        sql.add("DO $$ DECLARE d record; BEGIN FOR d IN SELECT undo FROM bench_ddl ORDER BY step DESC LOOP EXECUTE d.undo; END LOOP; END $$");
        sql.addAll(loads);
        sql.add("DO $$ DECLARE d record; BEGIN FOR d IN SELECT ddl FROM bench_ddl ORDER BY step LOOP EXECUTE d.ddl; END LOOP; END $$");
        sql.add("DROP TABLE bench_ddl");
        return sql;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "factor %s: %,d partners, %,d clients, %,d activities", factor, partners, clients, activities);
    }
}
