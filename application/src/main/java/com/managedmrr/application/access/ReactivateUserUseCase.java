package com.managedmrr.application.access;

import com.managedmrr.domain.model.SeatStatus;
import java.util.concurrent.CompletionStage;

/**
 * Answers the seat's status (ACTIVE). NOT_FOUND for an unknown partner, client or partner user; REFUSED
 * (NOT_A_CLIENT_USER) when the e-mail has no seat there. Reactivating an active seat changes nothing.
 */
public interface ReactivateUserUseCase {

    CompletionStage<SeatStatus> reactivateUser(ReactivateUserCommand command);
}
