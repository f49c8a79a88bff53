package com.managedmrr.application.catalogue;

import com.managedmrr.domain.credit.PointUnit;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The point units in effect at an instant, one per currency that had one then, by currency code: the table a
 * breakdown of that instant counts its points with (docs/rules.md §6.3, §6.4).
 */
public interface ListPointUnitsUseCase {

    CompletionStage<List<PointUnit>> listPointUnits(PointUnitsQuery query);
}
