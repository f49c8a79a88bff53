package com.managedmrr.domain.port;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Signed-in admin UI sessions, shared by every server instance. A session is stored under a key derived from the
 * secret its cookie holds (never the cookie's value itself), and only once an admin has signed in: anonymous visitors
 * have none. A session carries the fingerprint of the login's password hash at sign-in, so a changed password or a
 * revoked login ends it at once.
 */
public interface AdminSessionPort {

    CompletionStage<Void> open(String key, AdminSession session);

    /**
     * The session when it has been used within {@code idleTimeout}; a find more than a minute after its last use
     * counts as a use. An idle session is gone.
     */
    CompletionStage<Optional<AdminSession>> find(String key, Instant now, Duration idleTimeout);

    CompletionStage<Void> close(String key);

    /** One signed-in admin's session. */
    record AdminSession(PartnerId partnerId, Email email, String partnerName, String credential, Instant lastUsed) {
        public AdminSession {
            Objects.requireNonNull(partnerId, "partnerId");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(partnerName, "partnerName");
            Objects.requireNonNull(credential, "credential");
            Objects.requireNonNull(lastUsed, "lastUsed");
        }
    }
}
