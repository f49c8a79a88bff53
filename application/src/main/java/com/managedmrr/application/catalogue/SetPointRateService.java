package com.managedmrr.application.catalogue;

import com.managedmrr.application.common.Stages;
import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.math.BigDecimal;
import com.managedmrr.domain.port.PointUnitPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * A currency's new point unit takes effect now; instants before keep the unit then in effect (docs/rules.md §6). The change is
 * in the audit trail with its actor and the old and new units.
 */
public final class SetPointRateService implements SetPointRateUseCase {

    private final PointUnitPort pointUnits;
    private final ClockPort clock;
    private final CatalogueAudit audit;

    public SetPointRateService(PointUnitPort pointUnits, CommandTransactionPort transactions, ClockPort clock) {
        this.pointUnits = Objects.requireNonNull(pointUnits, "pointUnits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.audit = new CatalogueAudit(transactions);
    }

    @Override
    public CompletionStage<Upserted<PointUnit>> setPointRate(SetPointRateCommand command) {
        return Stages.attempt(() -> {
            PointUnit unit = new PointUnit(CurrencyCode.of(command.currency()), command.unit(), clock.now());
            return pointUnits.pointUnits()
                    .thenCompose(before -> pointUnits.save(unit)
                            .thenCompose(created -> audit.record(unit.effectiveFrom(), command.actor(),
                                    AuditAction.POINT_RATE_SET, "set the point unit of " + unit.currency() + " from "
                                            + before.unitAt(unit.currency(), unit.effectiveFrom())
                                                    .map(BigDecimal::toPlainString).orElse("none")
                                            + " to " + unit.unit().toPlainString() + " effective "
                                            + unit.effectiveFrom())
                                    .thenApply(recorded -> new Upserted<>(unit, created))));
        });
    }
}
