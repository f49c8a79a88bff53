package com.managedmrr.application.credit;

import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.port.ClockPort;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The client's row of the partner's breakdown and the client's explanation, both at the one instant asked for. */
public final class ViewClientStandingService implements ViewClientStandingUseCase {

    private final ComputeBreakdownUseCase computeBreakdown;
    private final ExplainClientUseCase explainClient;
    private final ClockPort clock;

    public ViewClientStandingService(ComputeBreakdownUseCase computeBreakdown, ExplainClientUseCase explainClient,
                                     ClockPort clock) {
        this.computeBreakdown = Objects.requireNonNull(computeBreakdown, "computeBreakdown");
        this.explainClient = Objects.requireNonNull(explainClient, "explainClient");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<ClientStanding> viewClientStanding(ExplanationQuery query) {
        return Stages.attempt(() -> {
            Instant t = query.at().orElseGet(clock::now);
            return computeBreakdown.computeBreakdown(new BreakdownQuery(query.partnerId(), Optional.of(t),
                            Optional.empty()))
                    .thenCompose(breakdown -> explainClient.explainClient(new ExplanationQuery(query.partnerId(),
                                    query.hubId(), Optional.of(t)))
                            .thenApply(explanation -> new ClientStanding(t, breakdown.clients().stream()
                                    .filter(row -> row.client().hubId().equals(query.hubId()))
                                    .findFirst(), explanation)));
        });
    }
}
