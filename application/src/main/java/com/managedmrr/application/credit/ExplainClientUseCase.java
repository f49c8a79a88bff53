package com.managedmrr.application.credit;

import com.managedmrr.domain.credit.Explanation;
import java.util.concurrent.CompletionStage;

/** NOT_FOUND when the partner or client account is unknown. */
public interface ExplainClientUseCase {

    CompletionStage<Explanation> explainClient(ExplanationQuery query);
}
