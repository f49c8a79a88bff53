package com.managedmrr.application.credit;

import com.managedmrr.domain.credit.Breakdown;
import java.util.concurrent.CompletionStage;

/** NOT_FOUND when the partner is unknown. */
public interface ComputeBreakdownUseCase {

    CompletionStage<Breakdown> computeBreakdown(BreakdownQuery query);
}
