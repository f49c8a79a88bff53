package com.managedmrr.web.ui;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.store.StoreUnavailableException;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

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
        pages.render(ctx, problem.status(), "templates/error.html", Map.of(
                        "status", problem.status(),
                        "title", problem.title(),
                        "message", problem.message()))
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
        Throwable failure = ctx.failure() == null ? null : Async.unwrap(ctx.failure());
        if (failure instanceof DomainException refusal) {
            return switch (refusal.kind()) {
                case NOT_FOUND -> notFound();
                case CONFLICT -> new Problem(409, "Conflict", refusal.getMessage());
                case INVALID, REFUSED -> new Problem(422, "Not possible", refusal.getMessage());
            };
        }
        if (failure instanceof StoreUnavailableException) {
            return new Problem(503, "Try again in a moment",
                    "The service is unavailable for a moment. Please try again shortly.");
        }
        int status = failure instanceof HttpException http ? http.getStatusCode() : ctx.statusCode();
        return switch (status) {
            case 403 -> new Problem(403, "Please reload the page",
                    "This form has expired or did not come from this site. Reload the page and try again.");
            case 404 -> notFound();
            case 405 -> new Problem(405, "Not allowed", "That action is not available here.");
            case 413 -> new Problem(413, "Too large", "What you sent is too large.");
            case 400 -> new Problem(400, "Bad request", "The request could not be read.");
            default -> status >= 400 && status < 500
                    ? new Problem(status, "Not possible", "The request could not be handled.")
                    : new Problem(500, "Something went wrong", "Something went wrong on our side. Please try again.");
        };
    }

    private static Problem notFound() {
        return new Problem(404, "Not found", "There is nothing here, or it belongs to another partner.");
    }

    record Problem(int status, String title, String message) {
    }
}
