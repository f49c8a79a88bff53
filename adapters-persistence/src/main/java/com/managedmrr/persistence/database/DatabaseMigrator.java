package com.managedmrr.persistence.database;

import com.managedmrr.persistence.database.migration.V60_1__Build_servicing_spans;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database's schema up to date with the Flyway migrations in {@code db/migration} on the class path. */
public final class DatabaseMigrator {

    public static final String MIGRATIONS = "classpath:db/migration";

    private DatabaseMigrator() {
    }

    /**
     * Applies the pending migrations.
     *
     * @return how many migrations were applied now
     * @throws DatabaseException with a one-line reason when a migration fails or the database is unreachable
     */
    public static int migrate(DatabaseUrl url) {
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(url.jdbcUrl(), url.user(), url.password().orElse(null))
                .locations(MIGRATIONS)
                // the SQL migrations are found on the class path; the Java ones, which compute in the domain, are named
                .javaMigrations(new V60_1__Build_servicing_spans())
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
        try {
            MigrateResult result = flyway.migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new DatabaseException("migrating " + url.database() + " at " + url.address() + " failed: "
                    + Jdbc.firstLine(e.getMessage()), e);
        }
    }
}
