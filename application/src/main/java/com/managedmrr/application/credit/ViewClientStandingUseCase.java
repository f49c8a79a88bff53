package com.managedmrr.application.credit;

import java.util.concurrent.CompletionStage;

/**
 * The partner's standing on one client at an instant (now by default): the client's row of the breakdown and its
 * explanation, at the same instant. NOT_FOUND when the partner is unknown.
 */
public interface ViewClientStandingUseCase {

    CompletionStage<ClientStanding> viewClientStanding(ExplanationQuery query);
}
