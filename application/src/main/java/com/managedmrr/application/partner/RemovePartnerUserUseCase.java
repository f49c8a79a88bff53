package com.managedmrr.application.partner;

import java.util.concurrent.CompletionStage;

/** Fails with NOT_FOUND when the partner or the (present) partner user is unknown. */
public interface RemovePartnerUserUseCase {

    CompletionStage<Void> removePartnerUser(RemovePartnerUserCommand command);
}
