package com.managedmrr.web.ui.points;

import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.application.catalogue.PointUnitsQuery;
import com.managedmrr.application.credit.ExpiringCredit;
import com.managedmrr.application.credit.ExplanationQuery;
import com.managedmrr.application.credit.FilterBreakdownQuery;
import com.managedmrr.domain.credit.Breakdown;
import com.managedmrr.domain.credit.BreakdownRow;
import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.web.ui.Formats;
import com.managedmrr.web.ui.Htmx;
import com.managedmrr.web.ui.PageRenderer;
import com.managedmrr.web.ui.Pagination;
import com.managedmrr.web.ui.PathParams;
import com.managedmrr.web.ui.Paths;
import com.managedmrr.web.ui.SignedInAdmin;
import com.managedmrr.web.ui.Texts;
import com.managedmrr.web.usecase.UseCaseCall;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Points breakdown: the partner's totals and its clients' rows at a date (a future date is a projection),
 * searched as you type, optionally only the credit expiring within 14 days, sorted by any column, 50 rows a page; each
 * row's explanation opened in place; the point units in effect on the date; the table as CSV; and a chart of managed
 * points over the last 6 months and 3 months ahead. A partner with no client yet sees how a client comes to appear.
 */
public final class PointsPageRoutes {

    static final String PAGE = "templates/points/page.html";
    static final String TABLE = "templates/points/_table.html";
    static final String EXPLANATION = "templates/points/_explanation.html";
    static final String CHART = "templates/points/_chart.html";
    static final int MONTHS_BEHIND = 6;
    static final int MONTHS_AHEAD = 3;

    private final PageRenderer pages;
    private final ManagedMrrServices services;
    private final InstantSource clock;

    public PointsPageRoutes(PageRenderer pages, ManagedMrrServices services, InstantSource clock) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.services = Objects.requireNonNull(services, "services");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void mount(Router ui) {
        ui.get("/points").handler(this::page);
        ui.get("/points.csv").handler(this::csv);
        ui.get("/points/chart").handler(this::chart);
        ui.get("/points/:hubId/explanation").handler(this::explanation);
    }

    /** The whole page; for htmx (search, date, filter, sort, paging) only the table, and a 422 when the filter is wrong. */
    private void page(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        Instant now = clock.instant();
        Texts texts = Texts.of(ctx);
        FilterBreakdownForm sent = FilterBreakdownForm.from(ctx.queryParams());
        Map<String, String> errors = sent.errors(now, texts);
        FilterBreakdownForm form = sent.valid(now);
        Instant at = form.at(now);
        boolean partial = Htmx.wantsPartial(ctx);
        Future<Breakdown> breakdown = filtered(ctx, partnerId, at, form);
        Future<List<PointUnit>> units = UseCaseCall.call(ctx, () -> services.listPointUnits()
                .listPointUnits(new PointUnitsQuery(at)));
        Future.all(breakdown, units)
                .compose(done -> {
                    PointsPageView view = view(breakdown.result(), units.result(), form, sent, at, now, errors,
                            partial, texts);
                    int status = errors.isEmpty() ? 200 : 422;
                    if (partial) {
                        Htmx.pushUrl(ctx, Paths.withQuery(Paths.POINTS, form.query(form.page())), errors.isEmpty());
                        return pages.render(ctx, status, TABLE, view);
                    }
                    return pages.render(ctx, status, PAGE, view);
                })
                .onFailure(ctx::fail);
    }

    private static PointsPageView view(Breakdown breakdown, List<PointUnit> units, FilterBreakdownForm form,
                                       FilterBreakdownForm sent, Instant at, Instant now, Map<String, String> errors,
                                       boolean oob, Texts texts) {
        List<BreakdownRow> rows = breakdown.clients();
        Pagination.Paged<BreakdownRow> paged = Pagination.of(rows, form.page(),
                page -> Paths.withQuery(Paths.POINTS, form.query(page)));
        LocalDate date = form.date(now);
        String asOfLabel = asOfLabel(form, now, texts);
        boolean searched = form.search().isPresent();
        // no row and nothing narrowing them: the partner had no client yet on that date (docs/rules.md §7)
        boolean noClients = rows.isEmpty() && !searched && !form.expiring();
        // with no client today there was none before, and a later date assumes no new assignment: nothing to filter
        boolean nothingToShow = noClients && !date.isBefore(Formats.today(now)) && errors.isEmpty();
        return new PointsPageView(
                paged.rows().stream().map(row -> BreakdownRowView.of(row, at, form.asOf(), texts)).toList(),
                paged.pagination(),
                paged.pagination().showingClients(texts),
                new TotalsView(texts.amount(breakdown.managedPoints()), breakdown.servicedClients(),
                        rows.size(), asOfLabel, form.projection(now), date.equals(Formats.today(now))),
                new FilterView(sent.q(), sent.asOf(), form.expiring(), Formats.today(now).toString(),
                        ExpiringCredit.WITHIN_DAYS, form.sort(), form.dir(),
                        texts.count("points.expiring.only", ExpiringCredit.WITHIN_DAYS),
                        texts.count("points.noneExpiring", ExpiringCredit.WITHIN_DAYS)),
                Paths.withQuery(Paths.POINTS_CSV, form.query(1)),
                errors, oob, "points", Paths.POINTS_CHART,
                SortLinksView.of(form),
                units.stream().map(unit -> PointUnitView.of(unit, texts)).toList(),
                new NoRowsView(noClients, nothingToShow, form.q(),
                        rows.isEmpty() && searched ? Paths.withQuery(Paths.POINTS, form.withoutSearch().query(1)) : null,
                        rows.isEmpty() && !searched && form.expiring()
                                ? Paths.withQuery(Paths.POINTS, form.withoutExpiring().query(1)) : null));
    }

    /** The breakdown's date, marked as a projection when it is in the future. */
    private static String asOfLabel(FilterBreakdownForm form, Instant now, Texts texts) {
        String date = texts.date(form.date(now));
        return form.projection(now) ? texts.get("points.asOfProjection", date) : date;
    }

    private void csv(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        Instant now = clock.instant();
        FilterBreakdownForm form = FilterBreakdownForm.from(ctx.queryParams()).valid(now);
        Instant at = form.at(now);
        filtered(ctx, partnerId, at, form)
                .compose(breakdown -> ctx.response()
                        .putHeader("Content-Type", "text/csv; charset=utf-8")
                        .putHeader("Content-Disposition", "attachment; filename=\"points-breakdown-"
                                + partnerId.value() + "-" + Formats.date(form.date(now)) + ".csv\"")
                        .putHeader("Cache-Control", "no-store")
                        .end(BreakdownCsv.of(breakdown.clients())))
                .onFailure(ctx::fail);
    }

    private void explanation(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        Optional<HubId> hubId = PathParams.hubId(ctx);
        if (hubId.isEmpty()) {
            ctx.fail(404);
            return;
        }
        Instant now = clock.instant();
        FilterBreakdownForm form = FilterBreakdownForm.from(ctx.queryParams()).valid(now);
        Instant at = form.at(now);
        Texts texts = Texts.of(ctx);
        String asOfLabel = asOfLabel(form, now, texts);
        UseCaseCall.call(ctx, () -> services.explainBreakdownRow()
                        .explainBreakdownRow(new ExplanationQuery(partnerId, hubId.get(), Optional.of(at))))
                .compose(row -> UseCaseCall.call(ctx, () -> services.listPartnerUsers().listPartnerUsers(partnerId))
                        .compose(users -> pages.render(ctx, EXPLANATION, new ExplanationPanelView(
                                ExplanationView.of(row.explanation(), row.client().name(),
                                        ExplanationView.namesOf(users), asOfLabel, texts),
                                Paths.client(hubId.get().value())))))
                .onFailure(ctx::fail);
    }

    /** Managed points at month ends over the last months, today, and month ends ahead (a projection). */
    private void chart(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        Instant now = clock.instant();
        List<PointsChartView.Point> wanted = chartInstants(now);
        List<Future<Breakdown>> computed = new ArrayList<>();
        for (PointsChartView.Point point : wanted) {
            computed.add(breakdown(ctx, partnerId, point.at()));
        }
        Future.all(computed)
                .compose(done -> {
                    List<PointsChartView.Point> points = new ArrayList<>();
                    for (int i = 0; i < wanted.size(); i++) {
                        PointsChartView.Point point = wanted.get(i);
                        points.add(new PointsChartView.Point(point.at(), point.date(),
                                computed.get(i).result().managedPoints(), point.projected(), point.today()));
                    }
                    return pages.render(ctx, CHART, new ChartPanelView(PointsChartView.of(points, Texts.of(ctx))));
                })
                .onFailure(ctx::fail);
    }

    static List<PointsChartView.Point> chartInstants(Instant now) {
        LocalDate today = Formats.today(now);
        List<PointsChartView.Point> points = new ArrayList<>();
        for (int back = MONTHS_BEHIND; back >= 1; back--) {
            LocalDate monthEnd = YearMonth.from(today.minusMonths(back)).atEndOfMonth();
            points.add(new PointsChartView.Point(endOf(monthEnd), monthEnd, null, false, false));
        }
        points.add(new PointsChartView.Point(now, today, null, false, true));
        int ahead = 0;
        for (int month = 0; ahead < MONTHS_AHEAD; month++) {
            LocalDate monthEnd = YearMonth.from(today.plusMonths(month)).atEndOfMonth();
            if (monthEnd.isAfter(today)) {
                points.add(new PointsChartView.Point(endOf(monthEnd), monthEnd, null, true, false));
                ahead++;
            }
        }
        return points;
    }

    private static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(Formats.ZONE).toInstant().minus(1, ChronoUnit.MICROS);
    }

    private Future<Breakdown> breakdown(RoutingContext ctx, PartnerId partnerId, Instant at) {
        return UseCaseCall.call(ctx, () -> services.filterBreakdown()
                .filterBreakdown(new FilterBreakdownQuery(partnerId, at, Optional.empty(), false)));
    }

    private Future<Breakdown> filtered(RoutingContext ctx, PartnerId partnerId, Instant at, FilterBreakdownForm form) {
        return UseCaseCall.call(ctx, () -> services.filterBreakdown()
                .filterBreakdown(new FilterBreakdownQuery(partnerId, at, form.search(), form.expiring(),
                        form.breakdownSort())));
    }

    /**
     * The filter form as the page shows it back, with the table's order (kept when the filter changes), and the
     * expiring filter in words: its label, and what the table says when no credit expires that soon.
     */
    public record FilterView(String q, String asOf, boolean expiring, String today, int expiringDays, String sort,
                             String dir, String expiringLabel, String noneExpiringLabel) {
    }

    /**
     * The Points page, or its table alone (htmx), with the filter's errors and the table's order swapped out of band;
     * the point units in effect on its date; and what it shows instead of the table when there is no row.
     * {@code showing} says which rows of how many the page shows.
     */
    public record PointsPageView(List<BreakdownRowView> rows, Pagination pagination, String showing, TotalsView totals,
                                 FilterView filter, String csvUrl, Map<String, String> errors, boolean oob, String nav,
                                 String chartUrl, SortLinksView sorts, List<PointUnitView> units, NoRowsView noRows) {
    }

    /**
     * When the table has no row: {@code noClients} when nothing narrows it (the partner had no client yet on the
     * date), and then {@code nothingToShow} when that holds today too (no filter, no table, no chart: how a client
     * comes to appear); otherwise the link that clears the search ({@code clearSearchUrl}) or the expiring filter
     * ({@code showAllUrl}), each keeping the rest of the page's state.
     */
    public record NoRowsView(boolean noClients, boolean nothingToShow, String search, String clearSearchUrl,
                            String showAllUrl) {
    }

    /** One row's explanation, opened in place. */
    public record ExplanationPanelView(ExplanationView explanation, String clientUrl) {
    }

    /** The chart of managed points. */
    public record ChartPanelView(PointsChartView chart) {
    }
}
