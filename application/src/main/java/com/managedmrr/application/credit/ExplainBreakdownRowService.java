package com.managedmrr.application.credit;

import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.access.AccessRefusals;
import com.managedmrr.domain.credit.ClientFacts;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.port.BreakdownQueryPort;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.PartnerQueryPort;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * A client account is a row of the partner's breakdown at t when the partner had been assigned to it at or before t
 * (docs/rules.md §7); its explanation is then asked for at the same t.
 */
public final class ExplainBreakdownRowService implements ExplainBreakdownRowUseCase {

    private final PartnerQueryPort partners;
    private final BreakdownQueryPort facts;
    private final ExplainClientUseCase explainClient;
    private final ClockPort clock;

    public ExplainBreakdownRowService(PartnerQueryPort partners, BreakdownQueryPort facts,
                                      ExplainClientUseCase explainClient, ClockPort clock) {
        this.partners = Objects.requireNonNull(partners, "partners");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.explainClient = Objects.requireNonNull(explainClient, "explainClient");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<BreakdownRowExplanation> explainBreakdownRow(ExplanationQuery query) {
        return Stages.attempt(() -> {
            Instant t = query.at().orElseGet(clock::now);
            return Require.partner(partners, query.partnerId())
                    .thenCompose(partner -> facts.clientFacts(query.partnerId(), t))
                    .thenCompose(rows -> {
                        ClientFacts row = rows.stream()
                                .filter(facts -> facts.client().hubId().equals(query.hubId()))
                                .findFirst()
                                .orElseThrow(() -> notARow(query));
                        return explainClient.explainClient(new ExplanationQuery(query.partnerId(), query.hubId(),
                                        Optional.of(t)))
                                .thenApply(explanation -> new BreakdownRowExplanation(row.client(), explanation));
                    });
        });
    }

    private static DomainException notARow(ExplanationQuery query) {
        return DomainException.notFound(AccessRefusals.CLIENT_NOT_FOUND,
                "There is no client account " + query.hubId() + " of yours.");
    }
}
