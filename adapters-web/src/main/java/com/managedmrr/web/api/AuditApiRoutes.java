package com.managedmrr.web.api;

import com.managedmrr.application.audit.AuditTrailQuery;
import com.managedmrr.application.audit.ListAuditTrailUseCase;
import com.managedmrr.domain.model.PartnerId;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A partner's audit trail: {@code GET /partners/{partnerId}/audit?limit=50&before=<entry id>}, newest first. The
 * next (older) page is asked for with the answer's {@code nextBefore}.
 */
public final class AuditApiRoutes implements ApiRoutes {

    private final ListAuditTrailUseCase listAuditTrail;

    public AuditApiRoutes(ListAuditTrailUseCase listAuditTrail) {
        this.listAuditTrail = Objects.requireNonNull(listAuditTrail, "listAuditTrail");
    }

    @Override
    public void mount(Router api) {
        api.get("/partners/:partnerId/audit").handler(this::listAuditTrail);
    }

    private void listAuditTrail(RoutingContext ctx) {
        PartnerId partnerId = RequestParams.partnerId(ctx);
        int limit = RequestParams.intQuery(ctx, "limit", AuditTrailQuery.DEFAULT_LIMIT);
        if (limit < 1 || limit > AuditTrailQuery.MAX_LIMIT) {
            throw JsonFields.problem("limit", "must be between 1 and " + AuditTrailQuery.MAX_LIMIT);
        }
        AuditTrailQuery query = new AuditTrailQuery(partnerId, limit, before(ctx));
        Replies.when(ctx, listAuditTrail.listAuditTrail(query), page -> Replies.ok(ctx, AuditJson.trail(partnerId, page)));
    }

    private static OptionalLong before(RoutingContext ctx) {
        Optional<String> raw = RequestParams.query(ctx, "before");
        if (raw.isEmpty()) {
            return OptionalLong.empty();
        }
        if (!raw.get().matches("[1-9]\\d{0,17}")) {
            throw JsonFields.problem("before", "must be an audit entry id (a positive whole number)");
        }
        return OptionalLong.of(Long.parseLong(raw.get()));
    }
}
