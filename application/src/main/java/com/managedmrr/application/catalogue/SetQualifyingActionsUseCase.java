package com.managedmrr.application.catalogue;

import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.credit.QualifyingActions;
import java.util.concurrent.CompletionStage;

/** INVALID for a malformed tool or action; REFUSED (NEVER_QUALIFYING_ACTION) for LOGIN or VIEW. */
public interface SetQualifyingActionsUseCase {

    CompletionStage<Upserted<QualifyingActions>> setQualifyingActions(SetQualifyingActionsCommand command);
}
