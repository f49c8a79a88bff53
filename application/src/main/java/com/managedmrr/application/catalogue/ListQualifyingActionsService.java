package com.managedmrr.application.catalogue;

import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.port.CataloguePort;
import com.managedmrr.domain.port.ClockPort;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

public final class ListQualifyingActionsService implements ListQualifyingActionsUseCase {

    private final CataloguePort catalogue;
    private final ClockPort clock;

    public ListQualifyingActionsService(CataloguePort catalogue, ClockPort clock) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<List<QualifyingActions>> listQualifyingActions() {
        return Stages.attempt(() -> catalogue.catalogue().thenApply(entries -> entries.currentAt(clock.now())));
    }
}
