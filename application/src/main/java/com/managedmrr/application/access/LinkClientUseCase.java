package com.managedmrr.application.access;

import java.util.concurrent.CompletionStage;

/**
 * Answers true when newly assigned. NOT_FOUND for an unknown partner, client or partner user; REFUSED with
 * NOT_A_CONTRACTOR for an employee, CONTRACTOR_NOT_A_CLIENT_USER when the e-mail has no seat in the client account.
 */
public interface LinkClientUseCase {

    CompletionStage<Boolean> linkClient(LinkClientCommand command);
}
