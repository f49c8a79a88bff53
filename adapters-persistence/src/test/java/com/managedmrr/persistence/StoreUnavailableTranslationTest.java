package com.managedmrr.persistence;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.store.StoreUnavailableException;
import com.managedmrr.persistence.database.DatabaseUrl;
import com.managedmrr.persistence.database.PgPoolFactory;
import io.vertx.core.Vertx;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A database that cannot serve (down, unreachable, shutting down, every connection busy and the wait queue full)
 * reaches the core as {@link StoreUnavailableException}, which the web adapter answers with 503 + Retry-After;
 * constraint violations keep their domain meaning. No PostgreSQL needed: the pool is pointed at a closed port, or at
 * a socket that accepts connections and never answers.
 */
class StoreUnavailableTranslationTest {

    private Vertx vertx;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() throws Exception {
        // connections still pending towards the black hole can keep the Vert.x instance from closing for a long
        // time; closing it is not what these tests check, so a slow close does not fail them
        try {
            vertx.close().await(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException stillClosing) {
            // left to end with the test JVM
        }
    }

    @Test
    void connectionAndResourceFailures_translate_toStoreUnavailable() {
        assertThat(PostgresErrors.translated(new ConnectionPoolTooBusyException("Connection pool reached max wait queue size of 500")))
                .isInstanceOf(StoreUnavailableException.class);
        // 55P03 lock time-out, 57014 statement time-out, 25006 read-only database: nothing changed, retry later
        for (String state : List.of("08006", "08001", "57P01", "57P03", "53300", "55P03", "57014", "25006")) {
            assertThat(PostgresErrors.translated(new PgException("down", "FATAL", state, null)))
                    .as(state).isInstanceOf(StoreUnavailableException.class);
        }
        assertThat(PostgresErrors.translated(new PgException("dup", "ERROR", "23505", null)))
                .isInstanceOf(DomainException.class);
        assertThat(PostgresErrors.translated(new PgException("odd", "ERROR", "XX000", null)))
                .isInstanceOf(PersistenceException.class);
    }

    @Test
    void nothingListens_aRead_failsWithStoreUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Pool pool = PgPoolFactory.create(vertx, new DatabaseUrl("127.0.0.1", closedPort, "none", "postgres", Optional.empty()));
        try {
            Throwable failure = failureOf(new PartnerPersistenceAdapter(pool).partner(new PartnerId("acme")), 15);
            assertThat(failure).isInstanceOf(StoreUnavailableException.class);
        } finally {
            pool.close().await(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyConnectionHangs_requestsBeyondTheWaitQueue_failAtOnceWithStoreUnavailable() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket blackHole = new ServerSocket(0, 100, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (!blackHole.isClosed()) {
                        Socket socket = blackHole.accept();
                        synchronized (accepted) {
                            accepted.add(socket); // never answered: the pool's connections stay pending
                        }
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "black-hole");
            acceptor.setDaemon(true);
            acceptor.start();
            Pool pool = PgPoolFactory.create(vertx,
                    new DatabaseUrl("127.0.0.1", blackHole.getLocalPort(), "none", "postgres", Optional.empty()));
            try {
                PartnerPersistenceAdapter partners = new PartnerPersistenceAdapter(pool);
                List<CompletableFuture<?>> reads = new ArrayList<>();
                int beyond = 20;
                for (int i = 0; i < PgPoolFactory.DEFAULT_MAX_WAIT_QUEUE_SIZE + PgPoolFactory.DEFAULT_MAX_SIZE + beyond; i++) {
                    reads.add(partners.partner(new PartnerId("acme")).toCompletableFuture());
                }
                long refusedAtOnce = 0;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5); // well within the 10 s connection timeout
                while (refusedAtOnce < beyond && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                    refusedAtOnce = reads.stream().filter(CompletableFuture::isCompletedExceptionally).count();
                }
                for (CompletableFuture<?> read : reads) {
                    Throwable failure = failureOf(read, 0);
                    if (failure != null) {
                        assertThat(failure).isInstanceOf(StoreUnavailableException.class)
                                .hasCauseInstanceOf(ConnectionPoolTooBusyException.class);
                    }
                }
                // not one per request held in memory forever: the ones beyond the queue are refused right away
                assertThat(refusedAtOnce).isGreaterThanOrEqualTo(beyond);
            } finally {
                synchronized (accepted) {
                    for (Socket socket : accepted) {
                        socket.close();
                    }
                }
                try {
                    pool.close().await(5, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException stillConnecting) {
                    // the Vert.x instance is closed after the test anyway
                }
            }
        }
    }

    /** The stage's failure, unwrapped; null when it has not failed within {@code seconds} (0: right now). */
    private static Throwable failureOf(CompletionStage<?> stage, int seconds) {
        CompletableFuture<?> future = stage.toCompletableFuture();
        try {
            if (seconds == 0) {
                if (!future.isDone()) {
                    return null;
                }
                future.join();
            } else {
                future.get(seconds, TimeUnit.SECONDS);
            }
            return null;
        } catch (CompletionException | java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
