package com.managedmrr.application.audit;

import java.util.concurrent.CompletionStage;

/**
 * A partner's Activity log: its audit trail filtered (kind of command, client account, user, period, words), a page
 * at a time, with the names of what the entries refer to. NOT_FOUND (PARTNER_NOT_FOUND) for an unknown partner.
 */
public interface ListActivityLogUseCase {

    CompletionStage<ActivityLogPage> listActivityLog(ActivityLogQuery query);
}
