package com.managedmrr.application.catalogue;

import com.managedmrr.application.common.Stages;
import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.PointUnitPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** A currency's new point unit takes effect now; instants before keep the unit then in effect (docs/rules.md §6). */
public final class SetPointRateService implements SetPointRateUseCase {

    private final PointUnitPort pointUnits;
    private final ClockPort clock;

    public SetPointRateService(PointUnitPort pointUnits, ClockPort clock) {
        this.pointUnits = Objects.requireNonNull(pointUnits, "pointUnits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Upserted<PointUnit>> setPointRate(SetPointRateCommand command) {
        return Stages.attempt(() -> {
            PointUnit unit = new PointUnit(CurrencyCode.of(command.currency()), command.unit(), clock.now());
            return pointUnits.save(unit).thenApply(created -> new Upserted<>(unit, created));
        });
    }
}
