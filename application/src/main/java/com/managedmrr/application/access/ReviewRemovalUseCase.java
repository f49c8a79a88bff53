package com.managedmrr.application.access;

import com.managedmrr.domain.access.RemovalReview;
import java.util.concurrent.CompletionStage;

/** NOT_FOUND for an unknown partner, client or partner user. */
public interface ReviewRemovalUseCase {

    CompletionStage<RemovalReview> reviewRemoval(RemovalReviewQuery query);
}
