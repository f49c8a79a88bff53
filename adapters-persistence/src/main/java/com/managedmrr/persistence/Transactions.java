package com.managedmrr.persistence;

import com.managedmrr.domain.store.StoreUnavailableException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the core's work (a {@link CompletionStage}) inside a pool transaction: the work's own failure reaches the
 * caller unchanged (rolled back), while the database's failures (connection, lock, commit) are translated
 * ({@link PostgresErrors}).
 */
final class Transactions {

    /**
     * A write transaction that is not ready to commit this long after it was asked for (waiting for a connection and
     * for the advisory lock included) is rolled back instead: shorter than the HTTP request time-out (30 s), so a
     * client told "503, retry later" never finds its write stored afterwards.
     */
    static final Duration COMMIT_DEADLINE = Duration.ofSeconds(20);

    private Transactions() {
    }

    static <T> CompletionStage<T> inTransaction(Pool pool, TransactionGate gate,
                                                Function<SqlConnection, Future<Void>> begin,
                                                Function<SqlConnection, CompletionStage<T>> work) {
        return inTransaction(pool, gate, begin, work, COMMIT_DEADLINE);
    }

    /**
     * @param gate  bounds the transactions holding a connection at once
     * @param begin the statements that start the transaction (the advisory lock), run before the work
     * @param work  the core's work on the transaction's connection
     * @param deadline the transaction commits only when its work is done within this from now; else it rolls back
     *                 and fails with {@link StoreUnavailableException}
     */
    static <T> CompletionStage<T> inTransaction(Pool pool, TransactionGate gate,
                                                Function<SqlConnection, Future<Void>> begin,
                                                Function<SqlConnection, CompletionStage<T>> work,
                                                Duration deadline) {
        long due = System.nanoTime() + deadline.toNanos();
        return gate.run(() -> pool.<T>withTransaction(connection -> inTime(due, deadline)
                        .compose(beforeBegin -> begin.apply(connection))
                        .compose(started -> run(() -> work.apply(connection)))
                        .compose(result -> inTime(due, deadline).map(beforeCommit -> result)))
                .recover(failure -> failure instanceof WorkFailure own
                        ? Future.failedFuture(own.getCause())
                        : PostgresErrors.translate(failure))
                .toCompletionStage());
    }

    private static Future<Void> inTime(long due, Duration deadline) {
        if (System.nanoTime() - due < 0) {
            return Future.succeededFuture();
        }
        return Future.failedFuture(new StoreUnavailableException(
                "the write was not ready to commit within " + deadline.toSeconds() + " s; rolled back", null));
    }

    /**
     * The work's stage as a future that completes on the current Vert.x context, so the commit or rollback that
     * follows runs there; a work that throws instead of failing its stage fails the future the same way.
     */
    private static <T> Future<T> run(Supplier<CompletionStage<T>> work) {
        CompletionStage<T> stage;
        try {
            stage = work.get();
        } catch (RuntimeException e) {
            return Future.failedFuture(new WorkFailure(e));
        }
        if (stage == null) {
            return Future.failedFuture(new WorkFailure(new IllegalStateException("the transaction's work answered no stage")));
        }
        Context context = Vertx.currentContext();
        Future<T> future = context == null ? Future.fromCompletionStage(stage) : Future.fromCompletionStage(stage, context);
        return future.recover(failure -> Future.failedFuture(new WorkFailure(unwrapped(failure))));
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Carries the work's own failure through the transaction's rollback, to be handed back as it was. */
    private static final class WorkFailure extends RuntimeException {

        WorkFailure(Throwable cause) {
            super(null, cause, false, false);
        }
    }
}
