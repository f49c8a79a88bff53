package com.managedmrr.application.client;

import com.managedmrr.application.common.Page;
import com.managedmrr.domain.model.ClientAccount;
import java.util.concurrent.CompletionStage;

/** Lists client accounts (with the MRR in effect now), a page at a time, by Hub ID, optionally searched. */
public interface ListClientsUseCase {

    CompletionStage<Page<ClientAccount>> listClients(ListClientsQuery query);
}
