package com.managedmrr.web.api;

import com.managedmrr.application.catalogue.ListPointRatesUseCase;
import com.managedmrr.application.catalogue.ListQualifyingActionsUseCase;
import com.managedmrr.application.catalogue.SetPointRateCommand;
import com.managedmrr.application.catalogue.SetPointRateUseCase;
import com.managedmrr.application.catalogue.SetQualifyingActionsCommand;
import com.managedmrr.application.catalogue.SetQualifyingActionsUseCase;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/** The operator's data: the qualifying-action catalogue per tool and the point unit per currency. */
public final class CatalogueApiRoutes implements ApiRoutes {

    private final ListQualifyingActionsUseCase listQualifyingActions;
    private final SetQualifyingActionsUseCase setQualifyingActions;
    private final ListPointRatesUseCase listPointRates;
    private final SetPointRateUseCase setPointRate;

    public CatalogueApiRoutes(ListQualifyingActionsUseCase listQualifyingActions,
                              SetQualifyingActionsUseCase setQualifyingActions,
                              ListPointRatesUseCase listPointRates, SetPointRateUseCase setPointRate) {
        this.listQualifyingActions = Objects.requireNonNull(listQualifyingActions, "listQualifyingActions");
        this.setQualifyingActions = Objects.requireNonNull(setQualifyingActions, "setQualifyingActions");
        this.listPointRates = Objects.requireNonNull(listPointRates, "listPointRates");
        this.setPointRate = Objects.requireNonNull(setPointRate, "setPointRate");
    }

    @Override
    public void mount(Router api) {
        api.get("/qualifying-actions").handler(this::listQualifyingActions);
        api.put("/qualifying-actions/:tool").handler(this::setQualifyingActions);
        api.get("/point-rates").handler(this::listPointRates);
        api.put("/point-rates/:currency").handler(this::setPointRate);
    }

    private void listQualifyingActions(RoutingContext ctx) {
        Replies.when(ctx, () -> listQualifyingActions.listQualifyingActions(),
                catalogue -> Replies.ok(ctx, CatalogueJson.qualifyingActions(catalogue)));
    }

    private void setQualifyingActions(RoutingContext ctx) {
        String tool = ctx.pathParam("tool");
        JsonObject body = JsonBody.object(ctx);
        FieldChecks checks = new FieldChecks();
        Set<String> actions = CatalogueJson.actions(tool, body, checks);
        checks.throwIfAny();
        SetQualifyingActionsCommand command = new SetQualifyingActionsCommand(tool, actions, ApiCaller.actor(ctx));
        Replies.when(ctx, () -> setQualifyingActions.setQualifyingActions(command),
                upserted -> Replies.upserted(ctx, upserted.created(), CatalogueJson.toJson(upserted.value())));
    }

    private void listPointRates(RoutingContext ctx) {
        Replies.when(ctx, () -> listPointRates.listPointRates(),
                units -> Replies.ok(ctx, CatalogueJson.pointRates(units)));
    }

    private void setPointRate(RoutingContext ctx) {
        String currency = ctx.pathParam("currency");
        JsonObject body = JsonBody.object(ctx);
        FieldChecks checks = new FieldChecks();
        BigDecimal unit = CatalogueJson.unit(currency, body, checks);
        checks.throwIfAny();
        SetPointRateCommand command = new SetPointRateCommand(currency, unit, ApiCaller.actor(ctx));
        Replies.when(ctx, () -> setPointRate.setPointRate(command),
                upserted -> Replies.upserted(ctx, upserted.created(), CatalogueJson.toJson(upserted.value())));
    }
}
