package com.managedmrr.application.partner;

import com.managedmrr.domain.model.ClientAccount;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Lists the client accounts a partner has been assigned to, by name (ignoring case), then Hub ID. */
public interface ListOwnClientsUseCase {

    CompletionStage<List<ClientAccount>> listOwnClients(ListOwnClientsQuery query);
}
