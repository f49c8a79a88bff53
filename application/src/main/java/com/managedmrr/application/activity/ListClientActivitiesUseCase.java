package com.managedmrr.application.activity;

import com.managedmrr.domain.port.RecordedActivity;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** NOT_FOUND when the client account is unknown. */
public interface ListClientActivitiesUseCase {

    CompletionStage<List<RecordedActivity>> listClientActivities(ListClientActivitiesQuery query);
}
