package com.managedmrr.web.api;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.store.StoreUnavailableException;
import com.managedmrr.web.usecase.UseCaseCall;
import io.vertx.core.Handler;
import io.vertx.core.json.DecodeException;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The one mapping of failures under {@code /api/v1} to problem+json. Client errors keep their status; a domain
 * refusal gets its kind's status and its code ({@link Problems#send(RoutingContext, DomainException)}); a store that
 * cannot serve now (database down, pool queue full) or a request over the time limit is a 503 with
 * {@code Retry-After}; anything else is a 500 with a generic detail, and the cause is logged here, on the server, never
 * sent.
 */
final class ApiFailureHandler implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiFailureHandler.class);

    /** Seconds a client should wait before trying again after a 503. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final long bodyLimitBytes;

    ApiFailureHandler(long bodyLimitBytes) {
        this.bodyLimitBytes = bodyLimitBytes;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Throwable failure = UseCaseCall.unwrap(ctx.failure());
        int status = statusOf(ctx, failure);
        if (ctx.response().ended()) {
            return; // answered already (e.g. the time limit's 503, and the slow work failed afterwards)
        }
        if (ctx.response().headWritten()) {
            // too late for a problem document: end what was started
            LOG.error("{} {} failed after the response began", ctx.request().method(), route(ctx), failure);
            ctx.response().reset();
            return;
        }
        if (failure instanceof ProblemException problem) {
            Problems.send(ctx, problem.status(), problem.detail(), problem.errors());
        } else if (failure instanceof DomainException domain) {
            Problems.send(ctx, domain);
        } else if (failure instanceof DecodeException) {
            Problems.badRequest(ctx, ProblemTexts.BODY_NOT_JSON, List.of());
        } else if (failure instanceof StoreUnavailableException unavailable) {
            LOG.warn("{} {}: {}", ctx.request().method(), route(ctx), unavailable.getMessage());
            serviceUnavailable(ctx, ProblemTexts.DATABASE_UNAVAILABLE);
        } else if (status == 503) {
            serviceUnavailable(ctx, ProblemTexts.TOO_SLOW);
        } else if (status == 413) {
            Problems.payloadTooLarge(ctx, bodyLimitBytes);
        } else if (status >= 400 && status < 500) {
            Problems.send(ctx, status, Problems.title(status), List.of());
        } else {
            LOG.error("{} {} failed", ctx.request().method(), route(ctx), failure);
            Problems.internalError(ctx);
        }
    }

    /** The route's template, never the raw path (it may hold e-mails); the request id is on the line already. */
    private static String route(RoutingContext ctx) {
        String template = ctx.currentRoute() == null ? null : ctx.currentRoute().getPath();
        return template == null ? ApiRouter.MOUNT_POINT + "/..." : ApiRouter.MOUNT_POINT + template;
    }

    private static void serviceUnavailable(RoutingContext ctx, String detail) {
        ctx.response().putHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        Problems.serviceUnavailable(ctx, detail);
    }

    private static int statusOf(RoutingContext ctx, Throwable failure) {
        if (failure instanceof ProblemException problem) {
            return problem.status();
        }
        if (failure instanceof DomainException domain) {
            return Problems.status(domain);
        }
        if (failure instanceof StoreUnavailableException) {
            return 503;
        }
        if (failure instanceof HttpException http) {
            return http.getStatusCode();
        }
        return ctx.statusCode() > 0 ? ctx.statusCode() : 500;
    }
}
