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
        Texts texts = Texts.of(ctx);
        Throwable failure = ctx.failure() == null ? null : UseCaseCall.unwrap(ctx.failure());
        if (failure instanceof DomainException refusal) {
            return switch (refusal.kind()) {
                case NOT_FOUND -> problem(texts, 404, "notFound", "notFound");
                case CONFLICT -> new Problem(409, texts.get("common.error.conflict.title"), texts.refusal(refusal));
                case INVALID, REFUSED ->
                        new Problem(422, texts.get("common.error.notPossible.title"), texts.refusal(refusal));
            };
        }
        if (failure instanceof StoreUnavailableException) {
            return problem(texts, 503, "unavailable", "unavailable");
        }
        int status = failure instanceof HttpException http ? http.getStatusCode() : ctx.statusCode();
        return switch (status) {
            case 403 -> problem(texts, 403, "reload", "reload");
            case 404 -> problem(texts, 404, "notFound", "notFound");
            case 405 -> problem(texts, 405, "notAllowed", "notAllowed");
            case 413 -> problem(texts, 413, "tooLarge", "tooLarge");
            case 400 -> problem(texts, 400, "badRequest", "badRequest");
            default -> status >= 400 && status < 500
                    ? problem(texts, status, "notPossible", "notHandled")
                    : problem(texts, 500, "failed", "failed");
        };
    }

    private static Problem problem(Texts texts, int status, String title, String message) {
        return new Problem(status, texts.get("common.error." + title + ".title"), texts.get("common.error." + message));
    }

    /** What went wrong, as the error page shows it. */
    record Problem(int status, String title, String message) {
    }
}
