package com.managedmrr.application.catalogue;

import com.managedmrr.domain.credit.PointUnit;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The point units in effect now, one per currency. */
public interface ListPointRatesUseCase {

    CompletionStage<List<PointUnit>> listPointRates();
}
