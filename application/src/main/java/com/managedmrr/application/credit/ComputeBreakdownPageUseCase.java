package com.managedmrr.application.credit;

import java.util.concurrent.CompletionStage;

/** The breakdown with every row, or one page of rows; the totals always cover every row. NOT_FOUND when the partner is unknown. */
public interface ComputeBreakdownPageUseCase {

    CompletionStage<BreakdownPage> computeBreakdownPage(BreakdownPageQuery query);
}
