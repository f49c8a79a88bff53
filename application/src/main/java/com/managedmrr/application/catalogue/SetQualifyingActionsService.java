package com.managedmrr.application.catalogue;

import com.managedmrr.application.common.Stages;
import com.managedmrr.application.common.Upserted;
import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.port.CataloguePort;
import com.managedmrr.domain.port.ClockPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** A tool's new qualifying actions take effect now; activities before keep the judgement of their instant. */
public final class SetQualifyingActionsService implements SetQualifyingActionsUseCase {

    private final CataloguePort catalogue;
    private final ClockPort clock;

    public SetQualifyingActionsService(CataloguePort catalogue, ClockPort clock) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Upserted<QualifyingActions>> setQualifyingActions(SetQualifyingActionsCommand command) {
        return Stages.attempt(() -> {
            QualifyingActions entry = new QualifyingActions(command.tool(), command.actions(), clock.now());
            return catalogue.save(entry).thenApply(created -> new Upserted<>(entry, created));
        });
    }
}
