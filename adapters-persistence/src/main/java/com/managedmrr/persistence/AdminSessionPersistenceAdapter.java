package com.managedmrr.persistence;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.AdminSessionPort;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;

/** Signed-in admin UI sessions in PostgreSQL, shared by every instance; a login's sessions go with it. */
public final class AdminSessionPersistenceAdapter implements AdminSessionPort {

    private final Templates templates;

    public AdminSessionPersistenceAdapter(Pool pool) {
        this.templates = new Templates(pool);
    }

    @Override
    public CompletionStage<Void> open(String key, AdminSession session) {
        return Sql.stage(templates.update("""
                INSERT INTO admin_sessions (session_key, email, partner_id, partner_name, credential, created_at,
                                            last_used)
                VALUES (#{key}, #{email}, #{partnerId}, #{partnerName}, #{credential}, #{lastUsed}, #{lastUsed})""")
                .execute(Map.of("key", key, "email", session.email().value(), "partnerId", session.partnerId().value(),
                        "partnerName", session.partnerName(), "credential", session.credential(),
                        "lastUsed", Sql.timestamp(session.lastUsed())))
                .mapEmpty());
    }

    /**
     * Answers the session when used within the time-out, and marks it used when its last use is over a minute old;
     * now and then, also forgets every session idle past the time-out.
     */
    @Override
    public CompletionStage<Optional<AdminSession>> find(String key, Instant now, Duration idleTimeout) {
        Instant oldest = now.minus(idleTimeout);
        Future<Optional<AdminSession>> lookup = templates.query("""
                WITH found AS (
                    SELECT session_key, email, partner_id, partner_name, credential, last_used
                    FROM admin_sessions
                    WHERE session_key = #{key} AND last_used >= #{oldest}
                ), touched AS (
                    UPDATE admin_sessions SET last_used = #{now}
                    WHERE session_key = #{key} AND last_used >= #{oldest} AND last_used < #{minuteAgo}
                    RETURNING session_key
                )
                SELECT email, partner_id, partner_name, credential, last_used FROM found""")
                .mapTo(row -> new AdminSession(PartnerId.of(row.getString("partner_id")),
                        Email.of(row.getString("email")), row.getString("partner_name"), row.getString("credential"),
                        Sql.instant(row, "last_used")))
                .execute(Map.of("key", key, "now", Sql.timestamp(now), "oldest", Sql.timestamp(oldest),
                        "minuteAgo", Sql.timestamp(now.minusSeconds(60))))
                .map(Sql::first);
        if (ThreadLocalRandom.current().nextInt(100) == 0) {
            lookup = lookup.compose(found -> templates.update("""
                    DELETE FROM admin_sessions WHERE last_used < #{oldest}""")
                    .execute(Map.of("oldest", Sql.timestamp(oldest)))
                    .map(found));
        }
        return Sql.stage(lookup);
    }

    @Override
    public CompletionStage<Void> close(String key) {
        return Sql.stage(templates.update("DELETE FROM admin_sessions WHERE session_key = #{key}")
                .execute(Map.of("key", key))
                .mapEmpty());
    }
}
