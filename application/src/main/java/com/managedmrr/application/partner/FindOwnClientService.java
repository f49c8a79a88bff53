package com.managedmrr.application.partner;

import com.managedmrr.application.common.Refusals;
import com.managedmrr.application.common.Stages;
import com.managedmrr.application.credit.ExplainClientUseCase;
import com.managedmrr.application.credit.ExplanationQuery;
import com.managedmrr.domain.credit.Explanation;
import com.managedmrr.domain.port.BreakdownQueryPort;
import com.managedmrr.domain.port.ClientQueryPort;
import com.managedmrr.domain.port.ClockPort;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CompletableFuture;

/**
 * A client account belongs to the partner when one of the partner's users is listed in its explanation now (assigned,
 * seated, or with an attributed activity, docs/rules.md §8.1), or when the partner has been assigned to it at or
 * before now (a row of its breakdown, docs/rules.md §7). Anything else is not found, so that a partner cannot tell
 * another partner's client from one that does not exist.
 */
public final class FindOwnClientService implements FindOwnClientUseCase {

    private final ExplainClientUseCase explainClient;
    private final BreakdownQueryPort facts;
    private final ClientQueryPort clients;
    private final ClockPort clock;

    public FindOwnClientService(ExplainClientUseCase explainClient, BreakdownQueryPort facts, ClientQueryPort clients,
                                ClockPort clock) {
        this.explainClient = Objects.requireNonNull(explainClient, "explainClient");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<OwnClient> findOwnClient(OwnClientQuery query) {
        return Stages.attempt(() -> {
            Instant now = clock.now();
            return explainClient.explainClient(new ExplanationQuery(query.partnerId(), query.hubId(), Optional.of(now)))
                    .thenCompose(explanation -> owned(query, explanation, now)
                            .thenCompose(owned -> {
                                if (!owned) {
                                    throw OwnClient.notYours(query.hubId());
                                }
                                return clients.client(query.hubId());
                            })
                            .thenApply(account -> new OwnClient(
                                    account.orElseThrow(() -> Refusals.clientNotFound(query.hubId())), explanation)));
        });
    }

    private CompletionStage<Boolean> owned(OwnClientQuery query, Explanation explanation, Instant now) {
        if (explanation.users().stream().anyMatch(Explanation.User::partnerUser)) {
            return CompletableFuture.completedFuture(true);
        }
        return facts.clientFacts(query.partnerId(), now)
                .thenApply(assigned -> assigned.stream().anyMatch(f -> f.client().hubId().equals(query.hubId())));
    }
}
