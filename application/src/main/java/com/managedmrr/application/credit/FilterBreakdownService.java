package com.managedmrr.application.credit;

import com.managedmrr.domain.credit.Breakdown;
import com.managedmrr.domain.credit.BreakdownRow;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The breakdown searched, then, when asked, only the rows whose credit expires soon ({@link ExpiringCredit}), then
 * put in the order asked for ({@link BreakdownSort}).
 */
public final class FilterBreakdownService implements FilterBreakdownUseCase {

    private final ComputeBreakdownUseCase computeBreakdown;

    public FilterBreakdownService(ComputeBreakdownUseCase computeBreakdown) {
        this.computeBreakdown = Objects.requireNonNull(computeBreakdown, "computeBreakdown");
    }

    @Override
    public CompletionStage<Breakdown> filterBreakdown(FilterBreakdownQuery query) {
        return computeBreakdown.computeBreakdown(new BreakdownQuery(query.partnerId(), Optional.of(query.at()),
                        query.search()))
                .thenApply(breakdown -> {
                    List<BreakdownRow> rows = !query.expiringOnly() ? breakdown.clients() : breakdown.clients().stream()
                            .filter(row -> ExpiringCredit.soon(row, query.at())).toList();
                    // the breakdown comes in its own order already (BreakdownPolicy)
                    List<BreakdownRow> ordered = query.sort().equals(BreakdownSort.DEFAULT) ? rows
                            : query.sort().sorted(rows);
                    return new Breakdown(breakdown.partnerId(), breakdown.at(), breakdown.managedPoints(),
                            breakdown.servicedClients(), ordered);
                });
    }
}
