package com.managedmrr.application.catalogue;

import com.managedmrr.domain.credit.QualifyingActions;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The catalogue in effect now, one entry per tool. */
public interface ListQualifyingActionsUseCase {

    CompletionStage<List<QualifyingActions>> listQualifyingActions();
}
