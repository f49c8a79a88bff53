package com.managedmrr.application.activity;

import com.managedmrr.application.common.Page;
import com.managedmrr.domain.store.RecordedActivity;
import java.util.concurrent.CompletionStage;

/** A page of a client account's activities, newest first, each with whether it qualifies and to whom it is attributed. */
public interface ListClientActivitiesUseCase {

    CompletionStage<Page<RecordedActivity>> listClientActivities(ListClientActivitiesQuery query);
}
