package com.managedmrr.bootstrap;

import com.managedmrr.persistence.ReadModelRebuild;
import com.managedmrr.persistence.database.DatabaseException;
import com.managedmrr.persistence.database.DatabaseMigrator;
import com.managedmrr.persistence.database.DatabaseProvisioner;
import com.managedmrr.persistence.database.DatabaseUrl;
import com.managedmrr.persistence.database.Jdbc;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * {@code java -jar managed-mrr.jar --rebuild-spans}: computes the breakdown's read model again from the ledger
 * (every relationship's servicing spans, docs/rules.md §5.5, and the copies of client data and of the other partners'
 * spans), reports every difference from the stored one and replaces what differed. Writes wait while it runs (it
 * holds the command lock); breakdowns go on.
 */
final class RebuildSpans {

    private RebuildSpans() {
    }

    /** Answers the exit status: 0 when the stored model matched, {@link Main#EXIT_REPAIRED} when something differed. */
    static int run(Map<String, String> environment, Path dataDirectory, PrintStream out, PrintStream err) {
        EmbeddedDatabase embedded = null;
        try {
            Config config = Config.fromEnvironment(environment);
            DatabaseUrl url;
            if (config.databaseUrl().isPresent()) {
                url = config.databaseUrl().get();
            } else {
                embedded = EmbeddedDatabase.start(dataDirectory.resolve("postgres"));
                url = embedded.url();
            }
            DatabaseProvisioner.ensureDatabaseExists(url);
            DatabaseMigrator.migrate(url);
            out.println("managed-mrr: rebuilding the breakdown's read model of database " + url.database() + " at "
                    + (embedded == null ? url.address() : "embedded PostgreSQL") + " from the ledger (writes wait)");
            ReadModelRebuild.Report report;
            try (Connection db = Jdbc.open(url)) {
                db.setAutoCommit(false);
                report = ReadModelRebuild.rebuildExclusively(db);
                db.commit();
            }
            report(report, out);
            return report.consistent() ? Main.EXIT_OK : Main.EXIT_REPAIRED;
        } catch (StartupException e) {
            err.println(e.getMessage());
            return Main.EXIT_BAD_CONFIGURATION;
        } catch (DatabaseException | SQLException e) {
            err.println("managed-mrr: --rebuild-spans failed: " + EmbeddedDatabase.oneLine(e));
            return Main.EXIT_BAD_CONFIGURATION;
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    static void report(ReadModelRebuild.Report report, PrintStream out) {
        out.printf("managed-mrr: %,d relationships, %,d attributed activities, %,d servicing spans%n",
                report.relationships(), report.activities(), report.spans());
        if (report.consistent()) {
            out.println("managed-mrr: the stored read model matched the ledger; nothing changed");
            return;
        }
        if (report.differing() > 0) {
            out.printf("managed-mrr: %,d relationships' stored spans differed from the ledger and were replaced: %s%s%n",
                    report.differing(), String.join(", ", report.examples()),
                    report.differing() > report.examples().size() ? ", …" : "");
        }
        if (report.clientCopies() > 0 || report.siblingCopies() > 0) {
            out.printf("managed-mrr: %,d copies of client data and %,d copies of other partners' spans differed and "
                    + "were replaced%n", report.clientCopies(), report.siblingCopies());
        }
    }
}
