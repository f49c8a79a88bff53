package com.managedmrr.web.api;

import com.managedmrr.application.admin.ListPartnerAdminsQuery;
import com.managedmrr.application.admin.ListPartnerAdminsUseCase;
import com.managedmrr.application.client.ListClientsQuery;
import com.managedmrr.application.client.ListClientsUseCase;
import com.managedmrr.application.common.Page;
import com.managedmrr.application.partner.ListPartnerClientsQuery;
import com.managedmrr.application.partner.ListPartnerClientsUseCase;
import com.managedmrr.application.partner.ListPartnersQuery;
import com.managedmrr.application.partner.ListPartnersUseCase;
import com.managedmrr.domain.model.PartnerId;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What exists, a page at a time: {@code GET /partners}, {@code GET /clients?q=}, {@code GET /partners/{id}/clients}
 * and {@code GET /partners/{id}/admins}. Each takes {@code limit} (1–200, default 50) and the opaque {@code cursor}
 * that the previous page answered as {@code next} (null on the last page).
 */
public final class ListingApiRoutes implements ApiRoutes {

    private final ListPartnersUseCase listPartners;
    private final ListClientsUseCase listClients;
    private final ListPartnerClientsUseCase listPartnerClients;
    private final ListPartnerAdminsUseCase listPartnerAdmins;

    public ListingApiRoutes(ListPartnersUseCase listPartners, ListClientsUseCase listClients,
                            ListPartnerClientsUseCase listPartnerClients, ListPartnerAdminsUseCase listPartnerAdmins) {
        this.listPartners = Objects.requireNonNull(listPartners, "listPartners");
        this.listClients = Objects.requireNonNull(listClients, "listClients");
        this.listPartnerClients = Objects.requireNonNull(listPartnerClients, "listPartnerClients");
        this.listPartnerAdmins = Objects.requireNonNull(listPartnerAdmins, "listPartnerAdmins");
    }

    @Override
    public void mount(Router api) {
        api.get("/partners").handler(this::listPartners);
        api.get("/clients").handler(this::listClients);
        api.get("/partners/:partnerId/clients").handler(this::listPartnerClients);
        api.get("/partners/:partnerId/admins").handler(this::listPartnerAdmins);
    }

    private static int limit(RoutingContext ctx, FieldChecks checks) {
        return RequestParams.limit(ctx, checks, Page.DEFAULT_LIMIT, Page.MAX_LIMIT);
    }

    private static Optional<String> cursor(RoutingContext ctx) {
        return RequestParams.query(ctx, "cursor");
    }

    private void listPartners(RoutingContext ctx) {
        FieldChecks checks = new FieldChecks();
        int limit = limit(ctx, checks);
        ListPartnersQuery query = checks.checkRule(() -> ListPartnersQuery.of(limit, cursor(ctx)));
        checks.throwIfAny();
        Replies.when(ctx, () -> listPartners.listPartners(query),
                page -> Replies.ok(ctx, page(new JsonObject(), "partners", page, PartnerJson::toJson)));
    }

    private void listClients(RoutingContext ctx) {
        FieldChecks checks = new FieldChecks();
        int limit = limit(ctx, checks);
        ListClientsQuery query = checks.checkRule(
                () -> ListClientsQuery.of(RequestParams.query(ctx, "q"), limit, cursor(ctx)));
        checks.throwIfAny();
        Replies.when(ctx, () -> listClients.listClients(query),
                page -> Replies.ok(ctx, page(new JsonObject(), "clients", page, ClientJson::toJson)));
    }

    private void listPartnerClients(RoutingContext ctx) {
        FieldChecks checks = new FieldChecks();
        PartnerId partnerId = checks.check(() -> RequestParams.partnerId(ctx));
        int limit = limit(ctx, checks);
        ListPartnerClientsQuery query = checks.checkRule(
                () -> ListPartnerClientsQuery.of(StandIns.or(partnerId), limit, cursor(ctx)));
        checks.throwIfAny();
        Replies.when(ctx, () -> listPartnerClients.listPartnerClients(query),
                page -> Replies.ok(ctx, page(new JsonObject().put("partnerId", partnerId.value()), "clients", page,
                        client -> new JsonObject()
                                .put("hubId", client.hubId().value())
                                .put("name", client.name())
                                .put("servicing", client.servicing()))));
    }

    private void listPartnerAdmins(RoutingContext ctx) {
        FieldChecks checks = new FieldChecks();
        PartnerId partnerId = checks.check(() -> RequestParams.partnerId(ctx));
        int limit = limit(ctx, checks);
        ListPartnerAdminsQuery query = checks.checkRule(
                () -> ListPartnerAdminsQuery.of(StandIns.or(partnerId), limit, cursor(ctx)));
        checks.throwIfAny();
        Replies.when(ctx, () -> listPartnerAdmins.listPartnerAdmins(query),
                page -> Replies.ok(ctx, page(new JsonObject().put("partnerId", partnerId.value()), "admins", page,
                        email -> new JsonObject().put("email", email.value()))));
    }

    /** {@code {..., "<field>": [...], "next": "<cursor>" | null}}. */
    static <T> JsonObject page(JsonObject answer, String field, Page<T> page, Function<T, JsonObject> toJson) {
        JsonArray items = new JsonArray();
        page.items().forEach(item -> items.add(toJson.apply(item)));
        return answer.put(field, items).put("next", page.next().orElse(null));
    }
}
