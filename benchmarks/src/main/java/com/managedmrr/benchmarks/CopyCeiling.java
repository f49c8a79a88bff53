package com.managedmrr.benchmarks;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The database's own ceiling for the same work: the rows the HTTP run stored (its activities and their attributions),
 * copied out, then loaded with COPY into scratch tables made {@code LIKE ... INCLUDING ALL} (same columns, constraints
 * and indexes) on the same database, one COPY stream per core, each in its own transaction; timed from the first
 * COPY to the last commit.
 */
final class CopyCeiling {

    private CopyCeiling() {
    }

    static JsonObject run(Database database, String idPrefix, int streams) throws Exception {
        String range = "activity_id >= '" + idPrefix + "' AND activity_id < '" + idPrefix + "~'";
        byte[][] activities = new byte[streams][];
        byte[][] attributions = new byte[streams][];
        long rows;
        try (Connection db = database.connect()) {
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            try (Statement st = db.createStatement()) {
                st.execute("DROP TABLE IF EXISTS bench_copy_activities, bench_copy_attributions");
                st.execute("CREATE TABLE bench_copy_activities (LIKE activities INCLUDING ALL)");
                st.execute("CREATE TABLE bench_copy_attributions (LIKE attributions INCLUDING ALL)");
                var rs = st.executeQuery("SELECT count(*) FROM activities WHERE " + range);
                rs.next();
                rows = rs.getLong(1);
            }
            for (int s = 0; s < streams; s++) {
                String part = range + " AND abs(hashtext(activity_id)) % " + streams + " = " + s;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                copy.copyOut("COPY (SELECT activity_id, hub_id, user_email, tool, action, occurred_at, asset_id, qualifies, attributed_to "
                        + "FROM activities WHERE " + part + ") TO STDOUT", out);
                activities[s] = out.toByteArray();
                out = new ByteArrayOutputStream();
                copy.copyOut("COPY (SELECT a.activity_id, p.partner_id, a.hub_id, a.user_email, a.occurred_at "
                        + "FROM activities a CROSS JOIN LATERAL unnest(a.attributed_to) AS p(partner_id) WHERE " + part + ") TO STDOUT", out);
                attributions[s] = out.toByteArray();
            }
        }
        long attributionRows = 0;
        ExecutorService pool = Executors.newFixedThreadPool(streams);
        List<Connection> connections = new ArrayList<>();
        try {
            for (int s = 0; s < streams; s++) {
                Connection c = database.connect();
                c.setAutoCommit(false);
                connections.add(c);
            }
            long start = System.nanoTime();
            List<Future<Long>> done = new ArrayList<>();
            for (int s = 0; s < streams; s++) {
                int stream = s;
                done.add(pool.submit(() -> {
                    Connection c = connections.get(stream);
                    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                    copy.copyIn("COPY bench_copy_activities (activity_id, hub_id, user_email, tool, action, occurred_at, asset_id, qualifies, attributed_to) FROM STDIN",
                            new ByteArrayInputStream(activities[stream]));
                    long n = copy.copyIn("COPY bench_copy_attributions (activity_id, partner_id, hub_id, user_email, occurred_at) FROM STDIN",
                            new ByteArrayInputStream(attributions[stream]));
                    c.commit();
                    return n;
                }));
            }
            for (Future<Long> f : done) {
                attributionRows += f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (Connection db = database.connect(); Statement st = db.createStatement()) {
                st.execute("DROP TABLE bench_copy_activities, bench_copy_attributions");
            }
            return new JsonObject()
                    .put("streams", streams)
                    .put("activities", rows)
                    .put("attributions", attributionRows)
                    .put("seconds", Math.round(seconds * 1000) / 1000.0)
                    .put("perSecond", Math.round(rows / seconds));
        } finally {
            for (Connection c : connections) {
                c.close();
            }
            pool.shutdownNow();
        }
    }
}
