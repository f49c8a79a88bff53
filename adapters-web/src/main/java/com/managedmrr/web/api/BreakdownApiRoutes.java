package com.managedmrr.web.api;

import com.managedmrr.application.credit.BreakdownPageQuery;
import com.managedmrr.application.credit.BreakdownQuery;
import com.managedmrr.application.credit.ComputeBreakdownPageUseCase;
import com.managedmrr.application.credit.ExplainClientUseCase;
import com.managedmrr.application.credit.ExplanationQuery;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

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
        BreakdownQuery query = new BreakdownQuery(
                RequestParams.partnerId(ctx), RequestParams.at(ctx), RequestParams.query(ctx, "q"));
        Optional<Integer> limit = RequestParams.query(ctx, "limit")
                .map(raw -> RequestParams.intQuery(ctx, "limit", 0));
        BreakdownPageQuery page = BreakdownPageQuery.of(query, limit, RequestParams.query(ctx, "cursor"));
        Replies.when(ctx, () -> computeBreakdown.computeBreakdownPage(page),
                answer -> Replies.ok(ctx, page.limit().isEmpty()
                        ? BreakdownJson.breakdown(answer.breakdown())
                        : BreakdownJson.breakdown(answer.breakdown(), answer.next())));
    }

    private void explanation(RoutingContext ctx) {
        ExplanationQuery query = new ExplanationQuery(
                RequestParams.partnerId(ctx), RequestParams.hubId(ctx), RequestParams.at(ctx));
        Replies.when(ctx, () -> explainClient.explainClient(query),
                explanation -> Replies.ok(ctx, BreakdownJson.explanation(explanation)));
    }
}
