package com.managedmrr.application.access;

import java.util.concurrent.CompletionStage;

/**
 * Answers true when newly assigned. NOT_FOUND for an unknown partner or partner user; REFUSED with NOT_A_CONTRACTOR
 * for an employee, CONTRACTOR_NOT_A_CLIENT_USER when the e-mail has no seat in the client account — and the same
 * when there is no client account with that Hub ID, so a partner cannot probe which Hub IDs exist.
 */
public interface LinkClientUseCase {

    CompletionStage<Boolean> linkClient(LinkClientCommand command);
}
