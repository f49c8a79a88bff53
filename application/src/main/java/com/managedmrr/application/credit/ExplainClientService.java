package com.managedmrr.application.credit;

import com.managedmrr.application.common.Refusals;
import com.managedmrr.application.common.Require;
import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.credit.Explanation;
import com.managedmrr.domain.credit.ExplanationPolicy;
import com.managedmrr.domain.port.BreakdownQueryPort;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.PartnerQueryPort;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Why the partner is or is not servicing the client account at an instant (now by default). */
public final class ExplainClientService implements ExplainClientUseCase {

    private final PartnerQueryPort partners;
    private final BreakdownQueryPort facts;
    private final ClockPort clock;

    public ExplainClientService(PartnerQueryPort partners, BreakdownQueryPort facts, ClockPort clock) {
        this.partners = Objects.requireNonNull(partners, "partners");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<Explanation> explainClient(ExplanationQuery query) {
        return Stages.attempt(() -> {
            Instant t = query.at().orElseGet(clock::now);
            return Require.partner(partners, query.partnerId())
                    .thenCompose(partner -> facts.clientFacts(query.partnerId(), query.hubId(), t))
                    .thenCompose(client -> {
                        if (client.isEmpty()) {
                            throw Refusals.clientNotFound(query.hubId());
                        }
                        return facts.userStandings(query.partnerId(), query.hubId(), t)
                                .thenApply(users -> ExplanationPolicy.explain(query.partnerId(), query.hubId(), t,
                                        client.get().relationshipOf(query.partnerId()), users));
                    });
        });
    }
}
