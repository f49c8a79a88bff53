package com.managedmrr.web.ui;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.store.StoreUnavailableException;
import com.managedmrr.web.usecase.UseCaseCall;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * The admin UI's one failure handler: a business refusal becomes its status with its own message, a CSRF refusal a
 * 403 that says to reload, anything unexpected a 500 with no detail (logged here). htmx requests get the message as
 * plain text for the page's alert region (the page's script puts it there; a 422, which htmx swaps, is retargeted
 * there); other requests get the error page.
 */
public final class UiFailureHandler implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger(UiFailureHandler.class);

    private final PageRenderer pages;

    public UiFailureHandler(PageRenderer pages) {
        this.pages = pages;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Problem problem = problem(ctx);
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        if (problem.status() == 503) {
            ctx.response().putHeader("Retry-After", "5");
        } else if (problem.status() >= 500) {
            LOG.error("admin UI request {} {} failed", ctx.request().method(), ctx.request().path(), ctx.failure());
        }
        if (Htmx.isHtmx(ctx)) {
            if (problem.status() == 422) {
                // htmx swaps a 422 (so that forms can show their messages): this one goes to the alert region, as
                // text, instead of over the request's target
                ctx.response().putHeader("HX-Retarget", "#flash").putHeader("HX-Reswap", "textContent");
            }
            ctx.response()
                    .setStatusCode(problem.status())
                    .putHeader("Content-Type", "text/plain; charset=utf-8")
                    .putHeader("Cache-Control", "no-store")
                    .end(problem.message());
            return;
        }
        pages.render(ctx, problem.status(), "templates/error.html", problem)
                .onFailure(renderFailure -> {
                    LOG.error("the error page did not render", renderFailure);
                    if (!ctx.response().headWritten()) {
                        ctx.response().setStatusCode(problem.status())
                                .putHeader("Content-Type", "text/plain; charset=utf-8")
                                .end(problem.message());
                    }
                });
    }

    static Problem problem(RoutingContext ctx) {
        Throwable failure = ctx.failure() == null ? null : UseCaseCall.unwrap(ctx.failure());
        if (failure instanceof DomainException refusal) {
            return switch (refusal.kind()) {
                case NOT_FOUND -> notFound();
                case CONFLICT -> new Problem(409, UiMessages.CONFLICT_TITLE, refusal.getMessage());
                case INVALID, REFUSED -> new Problem(422, UiMessages.NOT_POSSIBLE_TITLE, refusal.getMessage());
            };
        }
        if (failure instanceof StoreUnavailableException) {
            return new Problem(503, UiMessages.UNAVAILABLE_TITLE, UiMessages.UNAVAILABLE);
        }
        int status = failure instanceof HttpException http ? http.getStatusCode() : ctx.statusCode();
        return switch (status) {
            case 403 -> new Problem(403, UiMessages.RELOAD_TITLE, UiMessages.RELOAD);
            case 404 -> notFound();
            case 405 -> new Problem(405, UiMessages.NOT_ALLOWED_TITLE, UiMessages.NOT_ALLOWED);
            case 413 -> new Problem(413, UiMessages.TOO_LARGE_TITLE, UiMessages.TOO_LARGE);
            case 400 -> new Problem(400, UiMessages.BAD_REQUEST_TITLE, UiMessages.BAD_REQUEST);
            default -> status >= 400 && status < 500
                    ? new Problem(status, UiMessages.NOT_POSSIBLE_TITLE, UiMessages.NOT_HANDLED)
                    : new Problem(500, UiMessages.FAILED_TITLE, UiMessages.FAILED);
        };
    }

    private static Problem notFound() {
        return new Problem(404, UiMessages.NOT_FOUND_TITLE, UiMessages.NOT_FOUND);
    }

    /** What went wrong, as the error page shows it. */
    record Problem(int status, String title, String message) {
    }
}
