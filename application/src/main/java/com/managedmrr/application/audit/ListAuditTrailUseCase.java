package com.managedmrr.application.audit;

import java.util.concurrent.CompletionStage;

/** NOT_FOUND (PARTNER_NOT_FOUND) for an unknown partner. */
public interface ListAuditTrailUseCase {

    CompletionStage<AuditTrailPage> listAuditTrail(AuditTrailQuery query);
}
