package com.managedmrr.application.access;

import java.util.concurrent.CompletionStage;

/** NOT_FOUND for an unknown partner, client or partner user; unassigning one not assigned changes nothing. */
public interface UnassignUseCase {

    CompletionStage<Void> unassign(UnassignCommand command);
}
