package com.managedmrr.persistence;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.AdminSessionPort;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;

/** Signed-in admin UI sessions in PostgreSQL, shared by every instance; a login's sessions go with it. */
public final class AdminSessionPersistenceAdapter implements AdminSessionPort {

    private static final String OPEN = """
            INSERT INTO admin_sessions (session_key, email, partner_id, partner_name, credential, created_at, last_used)
            VALUES ($1, $2, $3, $4, $5, $6, $6)""";
    /** Answers the session when used within the time-out, and marks it used when its last use is over a minute old. */
    private static final String FIND = """
            WITH found AS (
                SELECT session_key, email, partner_id, partner_name, credential, last_used FROM admin_sessions
                WHERE session_key = $1 AND last_used >= $3
            ), touched AS (
                UPDATE admin_sessions SET last_used = $2
                WHERE session_key = $1 AND last_used >= $3 AND last_used < $4
                RETURNING session_key
            )
            SELECT email, partner_id, partner_name, credential, last_used FROM found""";
    private static final String CLOSE = "DELETE FROM admin_sessions WHERE session_key = $1";
    private static final String PRUNE = "DELETE FROM admin_sessions WHERE last_used < $1";

    private final Pool pool;

    public AdminSessionPersistenceAdapter(Pool pool) {
        this.pool = pool;
    }

    @Override
    public CompletionStage<Void> open(String key, AdminSession session) {
        Tuple values = Tuple.of(key, session.email().value(), session.partnerId().value(), session.partnerName(),
                session.credential(), Sql.timestamp(session.lastUsed()));
        return Sql.stage(pool.preparedQuery(OPEN).execute(values).mapEmpty());
    }

    @Override
    public CompletionStage<Optional<AdminSession>> find(String key, Instant now, Duration idleTimeout) {
        Instant oldest = now.minus(idleTimeout);
        var lookup = pool.preparedQuery(FIND).execute(Tuple.of(key, Sql.timestamp(now), Sql.timestamp(oldest),
                        Sql.timestamp(now.minusSeconds(60))))
                .map(rows -> Sql.first(rows, row -> new AdminSession(PartnerId.of(row.getString("partner_id")),
                        Email.of(row.getString("email")), row.getString("partner_name"), row.getString("credential"),
                        Sql.instant(row, "last_used"))));
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            lookup = lookup.compose(found -> pool.preparedQuery(PRUNE).execute(Tuple.of(Sql.timestamp(oldest)))
                    .map(found));
        }
        return Sql.stage(lookup);
    }

    @Override
    public CompletionStage<Void> close(String key) {
        return Sql.stage(pool.preparedQuery(CLOSE).execute(Tuple.of(key)).mapEmpty());
    }
}
