package com.managedmrr.application.activity;

import java.util.concurrent.CompletionStage;

/**
 * Judges each item on its own: an occurredAt more than 5 minutes ahead of the server clock or an unknown client
 * account rejects the item; a known activity id (or one repeated in the batch) is a duplicate; the rest are stored
 * with whether they qualify and to whom they are attributed. Once the stage completes they are durable.
 */
public interface RecordActivitiesUseCase {

    CompletionStage<RecordActivitiesResult> recordActivities(RecordActivitiesCommand command);
}
