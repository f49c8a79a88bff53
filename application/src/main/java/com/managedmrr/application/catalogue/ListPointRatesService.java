package com.managedmrr.application.catalogue;

import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.PointUnitPort;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

public final class ListPointRatesService implements ListPointRatesUseCase {

    private final PointUnitPort pointUnits;
    private final ClockPort clock;

    public ListPointRatesService(PointUnitPort pointUnits, ClockPort clock) {
        this.pointUnits = Objects.requireNonNull(pointUnits, "pointUnits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<List<PointUnit>> listPointRates() {
        return Stages.attempt(() -> pointUnits.pointUnits().thenApply(table -> table.currentAt(clock.now())));
    }
}
