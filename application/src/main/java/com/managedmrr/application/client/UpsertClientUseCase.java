package com.managedmrr.application.client;

import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.model.ClientAccount;
import java.util.concurrent.CompletionStage;

/** Fails with REFUSED (CURRENCY_WITHOUT_POINT_UNIT). */
public interface UpsertClientUseCase {

    CompletionStage<Upserted<ClientAccount>> upsertClient(UpsertClientCommand command);
}
