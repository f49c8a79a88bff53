package com.managedmrr.web.ui.audit;

import com.managedmrr.application.audit.AuditTrailQuery;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.web.ui.Async;
import com.managedmrr.web.ui.PageRenderer;
import com.managedmrr.web.ui.Paths;
import com.managedmrr.web.ui.SignedInAdmin;
import com.managedmrr.web.ui.UiUseCases;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The Activity log: the signed-in partner's audit trail, newest first, 50 entries a page ({@code ?before=<entry id>}
 * for older ones). Only this partner's entries, whatever the URL says.
 */
public final class ActivityLogPageRoutes {

    public static final String PATH = Paths.MOUNT + "/activity";
    static final String PAGE = "templates/activity/page.html";
    static final int PAGE_SIZE = 50;

    private final PageRenderer pages;
    private final UiUseCases useCases;

    public ActivityLogPageRoutes(PageRenderer pages, UiUseCases useCases) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.useCases = Objects.requireNonNull(useCases, "useCases");
    }

    public void mount(Router ui) {
        ui.get("/activity").handler(this::page);
    }

    private void page(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        OptionalLong before = before(ctx.queryParam("before"));
        Async.call(ctx, () -> useCases.listAuditTrail()
                        .listAuditTrail(new AuditTrailQuery(partnerId, PAGE_SIZE, before)))
                .compose(page -> {
                    Map<String, Object> model = new HashMap<>();
                    model.put("nav", "activity");
                    model.put("entries", page.entries().stream().map(ActivityEntryView::of).toList());
                    model.put("olderUrl", page.nextBefore().isPresent()
                            ? Paths.withQuery(PATH, Paths.params("before", Long.toString(page.nextBefore().getAsLong())))
                            : null);
                    model.put("newestUrl", before.isPresent() ? PATH : null);
                    return pages.render(ctx, PAGE, model);
                })
                .onFailure(ctx::fail);
    }

    /** Anything but a positive entry id is the newest page. */
    static OptionalLong before(List<String> raw) {
        if (raw.isEmpty() || !raw.get(0).matches("[1-9]\\d{0,17}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(raw.get(0)));
    }
}
