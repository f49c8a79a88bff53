package com.managedmrr.domain.port;

import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.domain.credit.PointUnitTable;
import java.util.concurrent.CompletionStage;

/** The point units through time. */
public interface PointUnitPort {

    CompletionStage<PointUnitTable> pointUnits();

    /** Adds the currency's new unit, effective from its instant; answers true when the currency had none before. */
    CompletionStage<Boolean> save(PointUnit unit);
}
