package com.managedmrr.web.api;

import com.managedmrr.application.credit.BreakdownPageQuery;
import com.managedmrr.application.credit.BreakdownQuery;
import com.managedmrr.application.credit.ComputeBreakdownPageUseCase;
import com.managedmrr.application.credit.ExplainClientUseCase;
import com.managedmrr.application.credit.ExplanationQuery;
import com.managedmrr.application.common.Page;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A partner's Points breakdown at an instant, and the explanation of one of its rows. */
public final class BreakdownApiRoutes implements ApiRoutes {

    private final ComputeBreakdownPageUseCase computeBreakdown;
    private final ExplainClientUseCase explainClient;

    public BreakdownApiRoutes(ComputeBreakdownPageUseCase computeBreakdown, ExplainClientUseCase explainClient) {
        this.computeBreakdown = Objects.requireNonNull(computeBreakdown, "computeBreakdown");
        this.explainClient = Objects.requireNonNull(explainClient, "explainClient");
    }

    @Override
    public void mount(Router api) {
        api.get("/partners/:partnerId/breakdown").handler(this::breakdown);
        api.get("/partners/:partnerId/clients/:hubId/explanation").handler(this::explanation);
    }

    private void breakdown(RoutingContext ctx) {
        FieldChecks checks = new FieldChecks();
        PartnerId partnerId = checks.check(() -> RequestParams.partnerId(ctx));
        Optional<Instant> at = checks.check(() -> RequestParams.at(ctx));
        Optional<Integer> limit = RequestParams.query(ctx, "limit").map(
                raw -> RequestParams.limit(ctx, checks, Page.DEFAULT_LIMIT, BreakdownPageQuery.MAX_LIMIT));
        BreakdownQuery query = new BreakdownQuery(StandIns.or(partnerId), at == null ? Optional.empty() : at,
                RequestParams.query(ctx, "q"));
        BreakdownPageQuery page = checks.checkRule(
                () -> BreakdownPageQuery.of(query, limit, RequestParams.query(ctx, "cursor")));
        checks.throwIfAny();
        Replies.when(ctx, () -> computeBreakdown.computeBreakdownPage(page),
                answer -> Replies.ok(ctx, page.limit().isEmpty()
                        ? BreakdownJson.breakdown(answer.breakdown())
                        : BreakdownJson.breakdown(answer.breakdown(), answer.next())));
    }

    private void explanation(RoutingContext ctx) {
        FieldChecks checks = new FieldChecks();
        PartnerId partnerId = checks.check(() -> RequestParams.partnerId(ctx));
        HubId hubId = checks.check(() -> RequestParams.hubId(ctx));
        Optional<Instant> at = checks.check(() -> RequestParams.at(ctx));
        checks.throwIfAny();
        ExplanationQuery query = new ExplanationQuery(partnerId, hubId, at);
        Replies.when(ctx, () -> explainClient.explainClient(query),
                explanation -> Replies.ok(ctx, BreakdownJson.explanation(explanation)));
    }
}
