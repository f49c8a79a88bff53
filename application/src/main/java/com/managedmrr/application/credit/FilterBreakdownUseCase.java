package com.managedmrr.application.credit;

import com.managedmrr.domain.credit.Breakdown;
import java.util.concurrent.CompletionStage;

/** The partner's points breakdown at an instant with only the rows asked for; the totals stay the whole breakdown's. */
public interface FilterBreakdownUseCase {

    CompletionStage<Breakdown> filterBreakdown(FilterBreakdownQuery query);
}
