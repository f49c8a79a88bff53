package com.managedmrr.application.audit;

import java.util.concurrent.CompletionStage;

/**
 * The whole audit trail, newest first, as recorded: every partner's entries and those that concern no one partner (an
 * operator's change to a point rate or a tool's qualifying actions).
 */
public interface ListAuditLogUseCase {

    CompletionStage<AuditTrailPage> listAuditLog(AuditLogQuery query);
}
