package com.managedmrr.web.testing;

import com.managedmrr.domain.port.AdminSessionPort;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Signed-in sessions in this process's memory: for a server without a database (tests). */
public final class InMemoryAdminSessions implements AdminSessionPort {

    private final Map<String, AdminSession> sessions = new HashMap<>();

    @Override
    public synchronized CompletionStage<Void> open(String key, AdminSession session) {
        sessions.put(key, session);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<Optional<AdminSession>> find(String key, Instant now, Duration idleTimeout) {
        sessions.values().removeIf(s -> s.lastUsed().plus(idleTimeout).isBefore(now));
        AdminSession found = sessions.get(key);
        if (found != null && found.lastUsed().plusSeconds(60).isBefore(now)) {
            found = new AdminSession(found.partnerId(), found.email(), found.partnerName(), found.credential(), now);
            sessions.put(key, found);
        }
        return CompletableFuture.completedFuture(Optional.ofNullable(found));
    }

    @Override
    public synchronized CompletionStage<Void> close(String key) {
        sessions.remove(key);
        return CompletableFuture.completedFuture(null);
    }

    public synchronized int size() {
        return sessions.size();
    }
}
