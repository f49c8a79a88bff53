package com.managedmrr.application.client;

import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.HubId;
import java.util.concurrent.CompletionStage;

/** The client account with its MRR now; NOT_FOUND (CLIENT_NOT_FOUND) when unknown. */
public interface ViewClientUseCase {

    CompletionStage<ClientAccount> viewClient(HubId hubId);
}
