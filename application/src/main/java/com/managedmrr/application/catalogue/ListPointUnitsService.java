package com.managedmrr.application.catalogue;

import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.domain.port.PointUnitPort;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Reads every point unit through time and keeps those in effect at the instant ({@code PointUnitTable#currentAt}). */
public final class ListPointUnitsService implements ListPointUnitsUseCase {

    private final PointUnitPort pointUnits;

    public ListPointUnitsService(PointUnitPort pointUnits) {
        this.pointUnits = Objects.requireNonNull(pointUnits, "pointUnits");
    }

    @Override
    public CompletionStage<List<PointUnit>> listPointUnits(PointUnitsQuery query) {
        return Stages.attempt(() -> pointUnits.pointUnits().thenApply(table -> table.currentAt(query.at())));
    }
}
