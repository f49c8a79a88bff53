package com.managedmrr.bootstrap.security;

import com.managedmrr.domain.port.PasswordHashingPort;
import io.vertx.core.Vertx;
import io.vertx.ext.auth.hashing.HashingStrategy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Admin passwords hashed with PBKDF2-HMAC-SHA512 (vertx-auth-common's {@link HashingStrategy}), a fresh 128-bit salt
 * per password, and the iteration count written into the hash ({@code $pbkdf2$it=210000$salt$hash}) so it can be
 * raised later without breaking stored hashes. Both hashing and verifying run on a worker thread, never on an event
 * loop; verifying compares in constant time.
 */
public final class Pbkdf2PasswordHashing implements PasswordHashingPort {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512. */
    public static final int DEFAULT_ITERATIONS = 210_000;

    private static final String ALGORITHM = "pbkdf2";
    private static final int SALT_BYTES = 16;

    private final Vertx vertx;
    private final int iterations;
    private final HashingStrategy strategy = HashingStrategy.load();
    private final SecureRandom random = new SecureRandom();

    public Pbkdf2PasswordHashing(Vertx vertx) {
        this(vertx, DEFAULT_ITERATIONS);
    }

    /** A lower count is for tests only: it makes hashes cheap to guess. */
    public Pbkdf2PasswordHashing(Vertx vertx, int iterations) {
        this.vertx = Objects.requireNonNull(vertx, "vertx");
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
    }

    @Override
    public CompletionStage<String> hash(String password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        synchronized (random) {
            random.nextBytes(salt);
        }
        String encodedSalt = Base64.getEncoder().withoutPadding().encodeToString(salt);
        return vertx.executeBlocking(() -> strategy.hash(ALGORITHM, Map.of("it", Integer.toString(iterations)),
                encodedSalt, password), false).toCompletionStage();
    }

    @Override
    public CompletionStage<Boolean> verify(String hash, String password) {
        Objects.requireNonNull(password, "password");
        return vertx.executeBlocking(() -> {
            if (hash == null || hash.isBlank()) {
                return false;
            }
            try {
                return strategy.verify(hash, password);
            } catch (RuntimeException malformed) {
                return false;
            }
        }, false).toCompletionStage();
    }
}
