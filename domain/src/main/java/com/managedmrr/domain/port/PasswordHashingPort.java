package com.managedmrr.domain.port;

import java.util.concurrent.CompletionStage;

/**
 * Hashes and verifies admin passwords with a slow, salted, well-kept algorithm. Both are CPU-heavy, so they complete
 * off the caller's thread.
 */
public interface PasswordHashingPort {

    CompletionStage<String> hash(String password);

    CompletionStage<Boolean> verify(String hash, String password);
}
