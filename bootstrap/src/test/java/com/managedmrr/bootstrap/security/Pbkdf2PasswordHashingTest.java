package com.managedmrr.bootstrap.security;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Pbkdf2PasswordHashingTest {

    private static final Vertx VERTX = Vertx.vertx();

    @AfterAll
    static void close() {
        VERTX.close().await();
    }

    private static <T> T join(java.util.concurrent.CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }

    @Test
    void aHash_verifiesItsOwnPassword_andNoOther() {
        Pbkdf2PasswordHashing hashing = new Pbkdf2PasswordHashing(VERTX, 1_000);

        String hash = join(hashing.hash("correct horse battery"));

        assertThat(join(hashing.verify(hash, "correct horse battery"))).isTrue();
        assertThat(join(hashing.verify(hash, "correct horse batterY"))).isFalse();
        assertThat(hash).startsWith("$pbkdf2$it=1000$").doesNotContain("correct horse");
    }

    @Test
    void eachPassword_getsItsOwnSalt() {
        Pbkdf2PasswordHashing hashing = new Pbkdf2PasswordHashing(VERTX, 1_000);

        assertThat(join(hashing.hash("same password here"))).isNotEqualTo(join(hashing.hash("same password here")));
    }

    @Test
    void theIterationCount_travelsWithTheHash() {
        String hash = join(new Pbkdf2PasswordHashing(VERTX, 1_000).hash("correct horse battery"));

        assertThat(join(new Pbkdf2PasswordHashing(VERTX, 5_000).verify(hash, "correct horse battery"))).isTrue();
    }

    @Test
    void byDefault_itUsesTheRecommendedIterationCount() {
        String hash = join(new Pbkdf2PasswordHashing(VERTX).hash("correct horse battery"));

        assertThat(hash).startsWith("$pbkdf2$it=210000$");
    }

    @Test
    void aMalformedOrMissingHash_verifiesNothing() {
        Pbkdf2PasswordHashing hashing = new Pbkdf2PasswordHashing(VERTX, 1_000);

        assertThat(join(hashing.verify("not a hash", "anything at all"))).isFalse();
        assertThat(join(hashing.verify("", "anything at all"))).isFalse();
        assertThat(join(hashing.verify(null, "anything at all"))).isFalse();
    }
}
