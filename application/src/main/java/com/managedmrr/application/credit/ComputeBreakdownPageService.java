package com.managedmrr.application.credit;

import com.managedmrr.application.common.Stages;
import com.managedmrr.domain.credit.Breakdown;
import com.managedmrr.domain.credit.BreakdownRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Pages a breakdown by key: the rows are in (lower-cased client name, Hub ID) order, and a page starts after the
 * cursor's key, so clients assigned meanwhile never shift a page.
 */
public final class ComputeBreakdownPageService implements ComputeBreakdownPageUseCase {

    private final ComputeBreakdownUseCase computeBreakdown;

    public ComputeBreakdownPageService(ComputeBreakdownUseCase computeBreakdown) {
        this.computeBreakdown = Objects.requireNonNull(computeBreakdown, "computeBreakdown");
    }

    @Override
    public CompletionStage<BreakdownPage> computeBreakdownPage(BreakdownPageQuery query) {
        return Stages.attempt(() -> computeBreakdown.computeBreakdown(query.breakdown())
                .thenApply(breakdown -> page(breakdown, query)));
    }

    private static BreakdownPage page(Breakdown breakdown, BreakdownPageQuery query) {
        if (query.limit().isEmpty()) {
            return new BreakdownPage(breakdown, Optional.empty());
        }
        int limit = query.limit().get();
        List<BreakdownRow> rows = new ArrayList<>(Math.min(limit, breakdown.clients().size()));
        boolean more = false;
        for (BreakdownRow row : breakdown.clients()) {
            if (query.after().isPresent() && !isAfter(row, query.after().get())) {
                continue;
            }
            if (rows.size() == limit) {
                more = true;
                break;
            }
            rows.add(row);
        }
        Optional<String> next = Optional.empty();
        if (more) {
            BreakdownRow last = rows.get(rows.size() - 1);
            next = Optional.of(BreakdownPageQuery.cursorOf(key(last), last.client().hubId().value()));
        }
        return new BreakdownPage(new Breakdown(breakdown.partnerId(), breakdown.at(), breakdown.managedPoints(),
                breakdown.servicedClients(), rows), next);
    }

    private static String key(BreakdownRow row) {
        return row.client().name().toLowerCase(Locale.ROOT);
    }

    private static boolean isAfter(BreakdownRow row, BreakdownPageQuery.After after) {
        int byName = key(row).compareTo(after.name());
        return byName > 0 || (byName == 0 && row.client().hubId().value() > after.hubId());
    }
}
