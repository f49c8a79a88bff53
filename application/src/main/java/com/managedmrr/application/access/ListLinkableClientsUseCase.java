package com.managedmrr.application.access;

import com.managedmrr.domain.model.ClientAccount;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The client accounts where the partner's user has a seat now, active or deactivated (the only ones Link clients
 * allows, docs/rules.md §3.2), by name ignoring case, then Hub ID. A name finds the accounts called exactly that
 * (ignoring case) or, when none is, those whose name contains it (ignoring case). NOT_FOUND for an unknown partner or
 * someone who is not a present user of the partner.
 */
public interface ListLinkableClientsUseCase {

    CompletionStage<List<ClientAccount>> listLinkableClients(LinkableClientsQuery query);
}
