package com.managedmrr.persistence.testing;

import com.managedmrr.persistence.database.DatabaseMigrator;
import com.managedmrr.persistence.database.DatabaseProvisioner;
import com.managedmrr.persistence.database.DatabaseUrl;
import com.managedmrr.persistence.database.Jdbc;
import com.managedmrr.persistence.database.PgPoolFactory;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, migrated PostgreSQL database for one test class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final FreshDatabase database = new FreshDatabase();
 * ...
 * Pool pool = database.pool(vertx);      // closed after the class
 * try (Connection c = database.openConnection()) { ... }
 * }</pre>
 *
 * <p>The field must be static: the database is created before the class's first test and dropped after its last
 * (best effort). Outside JUnit, {@link #create()} and {@link #close()} do the same by hand.
 *
 * <p>Where: when the environment variable {@value #SERVER_VARIABLE} is set (for example
 * {@code postgresql://postgres@127.0.0.1:5432/postgres}) on that server, whose user must be allowed to create
 * databases; otherwise on one embedded PostgreSQL per JVM, started on first use and stopped when the JVM exits.
 * Each database is named {@code mrr_test_<random>}.
 */
public final class FreshDatabase implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    public static final String SERVER_VARIABLE = "MRR_TEST_DATABASE_URL";
    private static final SecureRandom RANDOM = new SecureRandom();

    private volatile DatabaseUrl url;
    private final List<Pool> pools = new ArrayList<>();

    /** For {@code @RegisterExtension static}: the database comes to life before the class's first test. */
    public FreshDatabase() {
    }

    /** Creates and migrates a database now; {@link #close()} drops it. */
    public static FreshDatabase create() {
        FreshDatabase database = new FreshDatabase();
        database.start();
        return database;
    }

    /**
     * Creates a database migrated only up to {@code version} (a migration's test plays data written by an earlier
     * version); {@link #migrate()} brings it up to date.
     */
    public static FreshDatabase createMigratedUpTo(String version) {
        FreshDatabase database = new FreshDatabase();
        DatabaseUrl fresh = server().withDatabase("mrr_test_" + HexFormat.of().formatHex(randomBytes()));
        DatabaseProvisioner.createDatabase(fresh);
        Flyway.configure(FreshDatabase.class.getClassLoader())
                .dataSource(fresh.jdbcUrl(), fresh.user(), fresh.password().orElse(null))
                .locations(DatabaseMigrator.MIGRATIONS)
                .target(version)
                .load()
                .migrate();
        database.url = fresh;
        return database;
    }

    /** Applies the pending migrations, as a server starting on this database does. */
    public void migrate() {
        DatabaseMigrator.migrate(url());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** The fresh database's URL (on the test server or the embedded one). */
    public DatabaseUrl url() {
        DatabaseUrl current = url;
        if (current == null) {
            throw new IllegalStateException("FreshDatabase is not started: register it as a static @RegisterExtension "
                    + "field, or use FreshDatabase.create()");
        }
        return current;
    }

    /** The fresh database's URL as text, {@code postgresql://user@host:port/mrr_test_...}. */
    public String connectionUrl() {
        DatabaseUrl current = url();
        String password = current.password().map(p -> ":" + URLEncoder.encode(p, StandardCharsets.UTF_8)).orElse("");
        return "postgresql://" + current.user() + password + "@" + current.address() + "/" + current.database();
    }

    public String name() {
        return url().database();
    }

    /** A JDBC connection to the fresh database; the caller closes it. */
    public Connection openConnection() throws SQLException {
        return Jdbc.open(url());
    }

    /** A vertx-pg-client pool on the fresh database, closed when the database is dropped. */
    public synchronized Pool pool(Vertx vertx) {
        Pool pool = PgPoolFactory.create(vertx, url(), 4);
        pools.add(pool);
        return pool;
    }

    private synchronized void start() {
        if (url != null) {
            return;
        }
        String name = "mrr_test_" + HexFormat.of().formatHex(randomBytes());
        DatabaseUrl fresh = server().withDatabase(name);
        DatabaseProvisioner.createDatabase(fresh);
        DatabaseMigrator.migrate(fresh);
        url = fresh;
    }

    /** Closes the pools handed out and drops the database (best effort: a failure is printed, not thrown). */
    @Override
    public synchronized void close() {
        DatabaseUrl current = url;
        if (current == null) {
            return;
        }
        url = null;
        for (Pool pool : pools) {
            try {
                pool.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (RejectedExecutionException e) {
                // its Vertx is closed already, and closed the pool's connections with it
            } catch (Exception e) {
                System.err.println("FreshDatabase: could not close a pool on " + current.database() + ": " + e);
            }
        }
        pools.clear();
        try {
            DatabaseProvisioner.dropDatabase(current);
        } catch (RuntimeException e) {
            System.err.println("FreshDatabase: could not drop " + current.database() + ": " + e.getMessage());
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static DatabaseUrl server() {
        String configured = System.getenv(SERVER_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            try {
                return DatabaseUrl.parse(configured);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(SERVER_VARIABLE + ": " + e.getMessage(), e);
            }
        }
        return SharedEmbeddedPostgres.url();
    }

    @Override
    public String toString() {
        DatabaseUrl current = url;
        return "FreshDatabase[" + (current == null ? "not started" : current) + "]";
    }
}
