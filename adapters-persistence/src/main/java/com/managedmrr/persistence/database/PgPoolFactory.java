package com.managedmrr.persistence.database;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Creates the vertx-pg-client {@link Pool} that request handling uses. */
public final class PgPoolFactory {

    /** Enough for a 2-core box: PostgreSQL does not get faster with many more concurrent queries than cores. */
    public static final int DEFAULT_MAX_SIZE = 10;
    /** Requests waiting for a connection beyond this are refused at once instead of piling up. */
    public static final int DEFAULT_MAX_WAIT_QUEUE_SIZE = 500;
    static final int CONNECTION_TIMEOUT_SECONDS = 10;
    /**
     * How long a statement waits for a lock (the advisory lock that orders writers, a row lock) before PostgreSQL
     * gives up with SQL state 55P03: well under the HTTP request time-out, so a write that cannot get its turn is
     * rolled back and answered 503 instead of committing after the client was told to retry.
     */
    public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(5);
    /** How long one statement may run before PostgreSQL cancels it (SQL state 57014); under the request time-out too. */
    public static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(15);

    private PgPoolFactory() {
    }

    public static Pool create(Vertx vertx, String url) {
        return create(vertx, DatabaseUrl.parse(url));
    }

    public static Pool create(Vertx vertx, DatabaseUrl url) {
        return create(vertx, url, DEFAULT_MAX_SIZE);
    }

    public static Pool create(Vertx vertx, DatabaseUrl url, int maxSize) {
        PgConnectOptions connectOptions = new PgConnectOptions()
                .setHost(url.host())
                .setPort(url.port())
                .setDatabase(url.database())
                .setUser(url.user())
                .setCachePreparedStatements(true)
                // request handling runs short, index-driven statements: JIT compilation (on by default since
                // PostgreSQL 12) would add tens of milliseconds to each breakdown query for nothing
                .addProperty("jit", "off")
                // every statement on every connection of the pool, in or out of a transaction
                .addProperty("lock_timeout", LOCK_TIMEOUT.toMillis() + "ms")
                .addProperty("statement_timeout", STATEMENT_TIMEOUT.toMillis() + "ms");
        url.password().ifPresent(connectOptions::setPassword);
        PgTls.apply(connectOptions, url);
        PoolOptions poolOptions = new PoolOptions()
                .setName("managed-mrr")
                .setMaxSize(maxSize)
                .setMaxWaitQueueSize(DEFAULT_MAX_WAIT_QUEUE_SIZE)
                .setConnectionTimeout(CONNECTION_TIMEOUT_SECONDS)
                .setConnectionTimeoutUnit(TimeUnit.SECONDS)
                .setIdleTimeout(5)
                .setIdleTimeoutUnit(TimeUnit.MINUTES);
        return PgBuilder.pool()
                .with(poolOptions)
                .connectingTo(connectOptions)
                .using(vertx)
                .build();
    }
}
