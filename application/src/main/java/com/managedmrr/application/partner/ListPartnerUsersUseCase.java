package com.managedmrr.application.partner;

import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.store.PartnerUserAssignments;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The partner's present users with their assignments; NOT_FOUND when the partner is unknown. */
public interface ListPartnerUsersUseCase {

    CompletionStage<List<PartnerUserAssignments>> listPartnerUsers(PartnerId partnerId);
}
