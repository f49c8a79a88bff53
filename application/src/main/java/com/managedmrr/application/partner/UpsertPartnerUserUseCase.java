package com.managedmrr.application.partner;

import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.model.PartnerUser;
import java.util.concurrent.CompletionStage;

/** Fails with NOT_FOUND when the partner is unknown, REFUSED (EMPLOYEE_DOMAIN_MISMATCH) for an employee outside the partner's domains. */
public interface UpsertPartnerUserUseCase {

    CompletionStage<Upserted<PartnerUser>> upsertPartnerUser(UpsertPartnerUserCommand command);
}
