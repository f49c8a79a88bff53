package com.managedmrr.application.access;

import java.util.concurrent.CompletionStage;

/** Answers whether this partner's managed relationship ended. NOT_FOUND for an unknown partner, client or partner user. */
public interface RemoveStaffUseCase {

    CompletionStage<Boolean> removeStaff(RemoveStaffCommand command);
}
