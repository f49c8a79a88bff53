package com.managedmrr.persistence;

import com.managedmrr.domain.port.SignInAttemptPort;
import com.managedmrr.domain.signin.SignInSlowdown;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.SqlResult;
import io.vertx.sqlclient.templates.SqlTemplate;
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

    private final Pool pool;

    public SignInAttemptPersistenceAdapter(Pool pool) {
        this.pool = pool;
    }

    @Override
    public CompletionStage<Optional<Duration>> attempt(List<Key> keys, Instant now) {
        List<String> names = keys.stream().map(Key::name).sorted().distinct().toList();
        return Sql.stage(pool.withTransaction(connection -> ensure(connection, names, now)
                .compose(ensured -> lock(connection, names))
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
                    List<Map<String, Object>> counted = new ArrayList<>();
                    for (String name : names) {
                        Failures after = SignInSlowdown.plusOne(current.get(name), now);
                        counted.add(Map.of("key", name, "failures", after.count(),
                                "lastFailure", Sql.timestamp(after.last())));
                    }
                    Future<Void> pruned = ThreadLocalRandom.current().nextInt(100) == 0
                            ? prune(connection, now)
                            : Future.succeededFuture();
                    return pruned.compose(p -> count(connection, counted)).map(done -> Optional.<Duration>empty());
                })));
    }

    private static Future<Void> ensure(SqlConnection connection, List<String> names, Instant now) {
        List<Map<String, Object>> rows = names.stream()
                .map(name -> Map.<String, Object>of("key", name, "now", Sql.timestamp(now)))
                .toList();
        return SqlTemplate.forUpdate(connection, """
                INSERT INTO sign_in_failures (failure_key, failures, last_failure) VALUES (#{key}, 0, #{now})
                ON CONFLICT (failure_key) DO NOTHING""")
                .executeBatch(rows)
                .mapEmpty();
    }

    /** Locks the keys' rows in key order; a row just made by {@link #ensure} holds no failure yet (0). */
    private static Future<RowSet<Row>> lock(SqlConnection connection, List<String> names) {
        return SqlTemplate.forQuery(connection, """
                SELECT failure_key, failures, last_failure
                FROM sign_in_failures WHERE failure_key = ANY(#{keys}) ORDER BY failure_key FOR UPDATE""")
                .execute(Map.of("keys", names.toArray(String[]::new)));
    }

    private static Future<Void> count(SqlConnection connection, List<Map<String, Object>> counts) {
        return SqlTemplate.forUpdate(connection, """
                UPDATE sign_in_failures SET failures = #{failures}, last_failure = #{lastFailure}
                WHERE failure_key = #{key}""")
                .executeBatch(counts)
                .mapEmpty();
    }

    private static Future<Void> prune(SqlConnection connection, Instant now) {
        return SqlTemplate.forUpdate(connection, "DELETE FROM sign_in_failures WHERE last_failure < #{forgetBefore}")
                .execute(Map.of("forgetBefore", Sql.timestamp(now.minus(SignInSlowdown.FORGET_AFTER))))
                .mapEmpty();
    }

    private static Future<Void> forgetFresh(SqlConnection connection, Iterable<Row> rows, Map<String, Failures> kept) {
        List<Map<String, Object>> fresh = new ArrayList<>();
        for (Row row : rows) {
            if (!kept.containsKey(row.getString("failure_key"))) {
                fresh.add(Map.of("key", row.getString("failure_key")));
            }
        }
        return fresh.isEmpty() ? Future.succeededFuture() : forget(connection).executeBatch(fresh).mapEmpty();
    }

    /** Forgets the account's failures and takes one back from the address's (the last one with its row). */
    @Override
    public CompletionStage<Void> succeeded(String accountKey, String addressKey) {
        return Sql.stage(pool.withTransaction(connection -> forget(connection).execute(Map.of("key", accountKey))
                .compose(forgotten -> SqlTemplate.forUpdate(connection, """
                        DELETE FROM sign_in_failures WHERE failure_key = #{key} AND failures <= 1""")
                        .execute(Map.of("key", addressKey)))
                .compose(taken -> SqlTemplate.forUpdate(connection, """
                        UPDATE sign_in_failures SET failures = failures - 1
                        WHERE failure_key = #{key} AND failures > 1""")
                        .execute(Map.of("key", addressKey)))
                .mapEmpty()));
    }

    private static SqlTemplate<Map<String, Object>, SqlResult<Void>> forget(SqlConnection connection) {
        return SqlTemplate.forUpdate(connection, "DELETE FROM sign_in_failures WHERE failure_key = #{key}");
    }
}
