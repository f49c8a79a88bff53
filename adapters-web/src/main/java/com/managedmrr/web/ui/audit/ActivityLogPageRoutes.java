package com.managedmrr.web.ui.audit;

import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.application.audit.ActivityLogPage;
import com.managedmrr.application.audit.ActivityLogQuery;
import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.web.ui.PageRenderer;
import com.managedmrr.web.ui.Paths;
import com.managedmrr.web.ui.SignedInAdmin;
import com.managedmrr.web.ui.Texts;
import com.managedmrr.web.usecase.UseCaseCall;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The Activity log: the signed-in partner's audit trail, newest first, 50 entries a page ({@code ?before=<entry id>}
 * for older ones), filtered by the store as the query string says (kind of command, client account, user, period,
 * words; {@link ActivityFilterForm}). Every link keeps the filter, so reloading and going back show the same page.
 * Only this partner's entries, whatever the URL says.
 */
public final class ActivityLogPageRoutes {

    public static final String PATH = Paths.MOUNT + "/activity";
    static final String PAGE = "templates/activity/page.html";
    static final int PAGE_SIZE = 50;

    private final PageRenderer pages;
    private final ManagedMrrServices services;
    private final InstantSource clock;

    public ActivityLogPageRoutes(PageRenderer pages, ManagedMrrServices services, InstantSource clock) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.services = Objects.requireNonNull(services, "services");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void mount(Router ui) {
        ui.get("/activity").handler(this::page);
    }

    private void page(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        OptionalLong before = before(ctx.queryParam("before"));
        ActivityFilterForm form = ActivityFilterForm.from(ctx.queryParams());
        ActivityMessages messages = new ActivityMessages(Texts.of(ctx));
        Map<String, String> errors = form.errors(messages.texts());
        Instant now = clock.instant();
        UseCaseCall.call(ctx, () -> services.listActivityLog()
                        .listActivityLog(new ActivityLogQuery(partnerId, form.filter(), PAGE_SIZE, before)))
                .compose(page -> pages.render(ctx, errors.isEmpty() ? 200 : 422, PAGE,
                        view(page, form, errors, before, now, messages)))
                .onFailure(ctx::fail);
    }

    private static ActivityLogPageView view(ActivityLogPage page, ActivityFilterForm form, Map<String, String> errors,
                                            OptionalLong before, Instant now, ActivityMessages messages) {
        List<ActivityEntryView> entries = page.entries().stream()
                .map(entry -> ActivityEntryView.of(entry, page.names(), now, messages)).toList();
        String olderUrl = page.nextBefore().isPresent()
                ? url(form, Long.toString(page.nextBefore().getAsLong()))
                : null;
        String newestUrl = before.isPresent() ? url(form, null) : null;
        boolean filtered = form.any();
        return new ActivityLogPageView(form, errors, kinds(form, messages), entries,
                messages.showing(entries.size(), filtered, olderUrl != null || before.isPresent()),
                messages.empty(filtered),
                olderUrl, newestUrl, filtered ? PATH : null, "activity");
    }

    /** The page's URL with the filter and, when given, the cursor. */
    static String url(ActivityFilterForm form, String before) {
        Map<String, String> params = new LinkedHashMap<>(form.params());
        params.put("before", before);
        return Paths.withQuery(PATH, params);
    }

    private static List<KindOption> kinds(ActivityFilterForm form, ActivityMessages messages) {
        String chosen = form.kind().map(AuditAction::name).orElse("");
        return Arrays.stream(AuditAction.values())
                .map(action -> new KindOption(action.name(), messages.kind(action),
                        action.name().equals(chosen)))
                .toList();
    }

    /** A choice of the kind-of-command filter. */
    public record KindOption(String value, String label, boolean selected) {
    }

    /**
     * The Activity log page: the filter as sent (and its errors by field), a page of entries with the line saying
     * how many, the empty-state text, links to older entries and back to the newest, and the link that clears the
     * filter (null when none is on).
     */
    public record ActivityLogPageView(ActivityFilterForm filter, Map<String, String> errors, List<KindOption> kinds,
                                      List<ActivityEntryView> entries, String showing, String empty, String olderUrl,
                                      String newestUrl, String clearUrl, String nav) {
    }

    /** Anything but a positive entry id is the newest page. */
    static OptionalLong before(List<String> raw) {
        if (raw.isEmpty() || !raw.get(0).matches("[1-9]\\d{0,17}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(raw.get(0)));
    }
}
