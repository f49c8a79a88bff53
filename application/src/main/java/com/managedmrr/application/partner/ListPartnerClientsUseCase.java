package com.managedmrr.application.partner;

import com.managedmrr.application.common.Page;
import java.util.concurrent.CompletionStage;

/** Lists the clients a partner has ever been assigned to, with whether it services each now. */
public interface ListPartnerClientsUseCase {

    CompletionStage<Page<PartnerClient>> listPartnerClients(ListPartnerClientsQuery query);
}
