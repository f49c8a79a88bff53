package com.managedmrr.web.ui.audit;

import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.application.audit.AuditTrailQuery;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.web.ui.PageRenderer;
import com.managedmrr.web.ui.Paths;
import com.managedmrr.web.ui.SignedInAdmin;
import com.managedmrr.web.usecase.UseCaseCall;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
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
    private final ManagedMrrServices services;

    public ActivityLogPageRoutes(PageRenderer pages, ManagedMrrServices services) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.services = Objects.requireNonNull(services, "services");
    }

    public void mount(Router ui) {
        ui.get("/activity").handler(this::page);
    }

    private void page(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        OptionalLong before = before(ctx.queryParam("before"));
        UseCaseCall.call(ctx, () -> services.listAuditTrail()
                        .listAuditTrail(new AuditTrailQuery(partnerId, PAGE_SIZE, before)))
                .compose(page -> pages.render(ctx, PAGE, new ActivityLogPageView(
                        page.entries().stream().map(ActivityEntryView::of).toList(),
                        page.nextBefore().isPresent()
                                ? Paths.withQuery(PATH, Paths.params("before",
                                        Long.toString(page.nextBefore().getAsLong())))
                                : null,
                        before.isPresent() ? PATH : null,
                        "activity")))
                .onFailure(ctx::fail);
    }

    /** The Activity log page: a page of entries, with links to older entries and back to the newest. */
    public record ActivityLogPageView(List<ActivityEntryView> entries, String olderUrl, String newestUrl, String nav) {
    }

    /** Anything but a positive entry id is the newest page. */
    static OptionalLong before(List<String> raw) {
        if (raw.isEmpty() || !raw.get(0).matches("[1-9]\\d{0,17}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(raw.get(0)));
    }
}
