package com.managedmrr.application.credit;

import com.managedmrr.domain.credit.Breakdown;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The breakdown searched, then, when asked, only the rows whose credit expires soon ({@link ExpiringCredit}). */
public final class FilterBreakdownService implements FilterBreakdownUseCase {

    private final ComputeBreakdownUseCase computeBreakdown;

    public FilterBreakdownService(ComputeBreakdownUseCase computeBreakdown) {
        this.computeBreakdown = Objects.requireNonNull(computeBreakdown, "computeBreakdown");
    }

    @Override
    public CompletionStage<Breakdown> filterBreakdown(FilterBreakdownQuery query) {
        return computeBreakdown.computeBreakdown(new BreakdownQuery(query.partnerId(), Optional.of(query.at()),
                        query.search()))
                .thenApply(breakdown -> !query.expiringOnly() ? breakdown : new Breakdown(breakdown.partnerId(),
                        breakdown.at(), breakdown.managedPoints(), breakdown.servicedClients(),
                        breakdown.clients().stream().filter(row -> ExpiringCredit.soon(row, query.at())).toList()));
    }
}
