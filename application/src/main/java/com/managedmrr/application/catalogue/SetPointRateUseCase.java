package com.managedmrr.application.catalogue;

import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.credit.PointUnit;
import java.util.concurrent.CompletionStage;

/** INVALID for an unknown currency or a unit that is not a positive amount. */
public interface SetPointRateUseCase {

    CompletionStage<Upserted<PointUnit>> setPointRate(SetPointRateCommand command);
}
