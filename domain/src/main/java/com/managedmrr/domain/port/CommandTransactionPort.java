package com.managedmrr.domain.port;

import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Runs one command (assign, remove, reactivate, seat and membership changes, partner and client upserts) as one
 * transaction, serialised with every other command and with activity ingestion, across all server instances. The
 * store handed to the work is valid only until the work's stage completes: the transaction commits when it
 * completes normally and rolls back when it fails.
 */
public interface CommandTransactionPort {

    <T> CompletionStage<T> inTransaction(Function<AccessCommandPort, CompletionStage<T>> work);
}
