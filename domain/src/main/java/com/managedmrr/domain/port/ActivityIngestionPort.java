package com.managedmrr.domain.port;

import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Runs the ingestion of one batch of activities as one transaction. Batches run concurrently with each other and
 * never interleave with a command, so the standings they read are the history commands have settled. Once the
 * stage completes, the inserted activities are durable.
 */
public interface ActivityIngestionPort {

    <T> CompletionStage<T> inTransaction(Function<ActivityLedgerPort, CompletionStage<T>> work);
}
