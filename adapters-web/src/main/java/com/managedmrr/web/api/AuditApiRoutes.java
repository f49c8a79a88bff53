package com.managedmrr.web.api;

import com.managedmrr.application.audit.AuditLogQuery;
import com.managedmrr.application.audit.AuditTrailQuery;
import com.managedmrr.application.audit.ListAuditLogUseCase;
import com.managedmrr.application.audit.ListAuditTrailUseCase;
import com.managedmrr.domain.model.PartnerId;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A partner's audit trail: {@code GET /partners/{partnerId}/audit?limit=50&before=<entry id>}, newest first; and the
 * whole trail, every partner's entries and those of no partner (point-rate and qualifying-action changes), at
 * {@code GET /audit}, paged the same way. The next (older) page is asked for with the answer's {@code nextBefore}.
 */
public final class AuditApiRoutes implements ApiRoutes {

    private final ListAuditTrailUseCase listAuditTrail;
    private final ListAuditLogUseCase listAuditLog;

    public AuditApiRoutes(ListAuditTrailUseCase listAuditTrail, ListAuditLogUseCase listAuditLog) {
        this.listAuditTrail = Objects.requireNonNull(listAuditTrail, "listAuditTrail");
        this.listAuditLog = Objects.requireNonNull(listAuditLog, "listAuditLog");
    }

    @Override
    public void mount(Router api) {
        api.get("/partners/:partnerId/audit").handler(this::listAuditTrail);
        api.get("/audit").handler(this::listAuditLog);
    }

    private void listAuditLog(RoutingContext ctx) {
        FieldChecks checks = new FieldChecks();
        Integer limit = checks.check(() -> limit(ctx));
        OptionalLong before = checks.check(() -> before(ctx));
        checks.throwIfAny();
        AuditLogQuery query = new AuditLogQuery(limit, before);
        Replies.when(ctx, () -> listAuditLog.listAuditLog(query), page -> Replies.ok(ctx, AuditJson.log(page)));
    }

    private static int limit(RoutingContext ctx) {
        int limit = RequestParams.intQuery(ctx, "limit", AuditTrailQuery.DEFAULT_LIMIT);
        if (limit < 1 || limit > AuditTrailQuery.MAX_LIMIT) {
            throw JsonFields.problem("limit", ProblemTexts.between(1, AuditTrailQuery.MAX_LIMIT));
        }
        return limit;
    }

    private void listAuditTrail(RoutingContext ctx) {
        FieldChecks checks = new FieldChecks();
        PartnerId partnerId = checks.check(() -> RequestParams.partnerId(ctx));
        Integer limit = checks.check(() -> limit(ctx));
        OptionalLong before = checks.check(() -> before(ctx));
        checks.throwIfAny();
        AuditTrailQuery query = new AuditTrailQuery(partnerId, limit, before);
        Replies.when(ctx, () -> listAuditTrail.listAuditTrail(query), page -> Replies.ok(ctx, AuditJson.trail(partnerId, page)));
    }

    private static OptionalLong before(RoutingContext ctx) {
        Optional<String> raw = RequestParams.query(ctx, "before");
        if (raw.isEmpty()) {
            return OptionalLong.empty();
        }
        if (!raw.get().matches("[1-9]\\d{0,17}")) {
            throw JsonFields.problem("before", ProblemTexts.NOT_AN_AUDIT_ENTRY_ID);
        }
        return OptionalLong.of(Long.parseLong(raw.get()));
    }
}
