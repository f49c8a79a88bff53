package com.managedmrr.persistence;

import com.managedmrr.domain.port.SignInAttemptPort;
import com.managedmrr.domain.port.SignInSlowdown;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Failed sign-in counts in PostgreSQL, shared by every instance. An attempt locks its keys' rows (created first when
 * missing, locked in key order so two attempts never deadlock), decides, and counts, in one transaction: simultaneous
 * attempts on any instance are decided one after the other.
 */
public final class SignInAttemptPersistenceAdapter implements SignInAttemptPort {

    private static final String ENSURE = """
            INSERT INTO sign_in_failures (failure_key, failures, last_failure) VALUES ($1, 0, $2)
            ON CONFLICT (failure_key) DO NOTHING""";
    /** A row just made by ENSURE holds no failure yet (0). */
    private static final String LOCK = """
            SELECT failure_key, failures, last_failure
            FROM sign_in_failures WHERE failure_key = ANY($1) ORDER BY failure_key FOR UPDATE""";
    private static final String COUNT = "UPDATE sign_in_failures SET failures = $2, last_failure = $3 WHERE failure_key = $1";
    private static final String FORGET = "DELETE FROM sign_in_failures WHERE failure_key = $1";
    private static final String TAKE_BACK = """
            UPDATE sign_in_failures SET failures = failures - 1 WHERE failure_key = $1 AND failures > 1""";
    private static final String TAKE_BACK_LAST = "DELETE FROM sign_in_failures WHERE failure_key = $1 AND failures <= 1";
    private static final String PRUNE = "DELETE FROM sign_in_failures WHERE last_failure < $1";

    private final Pool pool;

    public SignInAttemptPersistenceAdapter(Pool pool) {
        this.pool = pool;
    }

    @Override
    public CompletionStage<Optional<Duration>> attempt(List<Key> keys, Instant now) {
        List<String> names = keys.stream().map(Key::name).sorted().distinct().toList();
        return Sql.stage(pool.withTransaction(connection -> ensure(connection, names, now)
                .compose(ensured -> connection.preparedQuery(LOCK).execute(Tuple.of(names.toArray(String[]::new))))
                .compose(rows -> {
                    Map<String, Failures> current = new HashMap<>();
                    for (Row row : rows) {
                        if (row.getInteger("failures") > 0) {
                            current.put(row.getString("failure_key"), new Failures(row.getInteger("failures"),
                                    Sql.instant(row, "last_failure")));
                        }
                    }
                    Duration longest = Duration.ZERO;
                    for (Key key : keys) {
                        Duration wait = SignInSlowdown.waitBefore(current.get(key.name()), key.freeFailures(), now);
                        if (wait.compareTo(longest) > 0) {
                            longest = wait;
                        }
                    }
                    if (!longest.isZero() && !longest.isNegative()) {
                        // the fresh rows of this attempt hold no failure: leave nothing behind
                        return forgetFresh(connection, rows, current).map(Optional.of(longest));
                    }
                    List<Tuple> counted = new ArrayList<>();
                    for (String name : names) {
                        Failures after = SignInSlowdown.plusOne(current.get(name), now);
                        counted.add(Tuple.of(name, after.count(), Sql.timestamp(after.last())));
                    }
                    Future<Void> pruned = ThreadLocalRandom.current().nextInt(100) == 0
                            ? connection.preparedQuery(PRUNE)
                                    .execute(Tuple.of(Sql.timestamp(now.minus(SignInSlowdown.FORGET_AFTER)))).mapEmpty()
                            : Future.succeededFuture();
                    return pruned.compose(p -> connection.preparedQuery(COUNT).executeBatch(counted))
                            .map(done -> Optional.<Duration>empty());
                })));
    }

    private static Future<Void> ensure(SqlConnection connection, List<String> names, Instant now) {
        List<Tuple> rows = names.stream().map(name -> Tuple.of(name, Sql.timestamp(now))).toList();
        return connection.preparedQuery(ENSURE).executeBatch(rows).mapEmpty();
    }

    private static Future<Void> forgetFresh(SqlConnection connection, Iterable<Row> rows, Map<String, Failures> kept) {
        List<Tuple> fresh = new ArrayList<>();
        for (Row row : rows) {
            if (!kept.containsKey(row.getString("failure_key"))) {
                fresh.add(Tuple.of(row.getString("failure_key")));
            }
        }
        return fresh.isEmpty() ? Future.succeededFuture()
                : connection.preparedQuery(FORGET).executeBatch(fresh).mapEmpty();
    }

    @Override
    public CompletionStage<Void> succeeded(String accountKey, String addressKey) {
        return Sql.stage(pool.withTransaction(connection -> connection.preparedQuery(FORGET).execute(Tuple.of(accountKey))
                .compose(forgotten -> connection.preparedQuery(TAKE_BACK_LAST).execute(Tuple.of(addressKey)))
                .compose(taken -> connection.preparedQuery(TAKE_BACK).execute(Tuple.of(addressKey)))
                .mapEmpty()));
    }
}
