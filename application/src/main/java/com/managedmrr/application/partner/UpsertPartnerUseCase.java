package com.managedmrr.application.partner;

import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.model.Partner;
import java.util.concurrent.CompletionStage;

public interface UpsertPartnerUseCase {

    CompletionStage<Upserted<Partner>> upsertPartner(UpsertPartnerCommand command);
}
