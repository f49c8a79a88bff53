package com.managedmrr.application.credit;

import java.util.concurrent.CompletionStage;

/**
 * Explains one row of the partner's breakdown at an instant (now by default); a client account that is not a row of
 * it, another partner's among them, is answered as not found (CLIENT_NOT_FOUND).
 */
public interface ExplainBreakdownRowUseCase {

    CompletionStage<BreakdownRowExplanation> explainBreakdownRow(ExplanationQuery query);
}
