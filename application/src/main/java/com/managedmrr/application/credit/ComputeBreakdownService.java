package com.managedmrr.application.credit;

import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.credit.Breakdown;
import com.managedmrr.domain.credit.BreakdownPolicy;
import com.managedmrr.domain.port.BreakdownQueryPort;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.PartnerQueryPort;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** The partner's points breakdown at an instant (now by default); the search narrows the rows, never the totals. */
public final class ComputeBreakdownService implements ComputeBreakdownUseCase {

    private final PartnerQueryPort partners;
    private final BreakdownQueryPort facts;
    private final ClockPort clock;

    public ComputeBreakdownService(PartnerQueryPort partners, BreakdownQueryPort facts, ClockPort clock) {
        this.partners = Objects.requireNonNull(partners, "partners");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Breakdown> computeBreakdown(BreakdownQuery query) {
        return Stages.attempt(() -> {
            Instant t = query.at().orElseGet(clock::now);
            return Require.partner(partners, query.partnerId())
                    .thenCompose(partner -> facts.clientFacts(query.partnerId(), t))
                    .thenApply(clients -> BreakdownPolicy.compute(query.partnerId(), t, clients)
                            .matching(query.search().orElse(null)));
        });
    }
}
