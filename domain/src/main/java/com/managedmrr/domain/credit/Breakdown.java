package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.PartnerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A partner's points breakdown at an instant; the totals always cover every row, whatever the search. */
public record Breakdown(PartnerId partnerId, Instant at, BigDecimal managedPoints, int servicedClients,
                        List<BreakdownRow> clients) {

    /** The same breakdown with only the rows whose client name or Hub ID contains the search text. */
    public Breakdown matching(String search) {
        if (search == null || search.isBlank()) {
            return this;
        }
        String needle = search.strip().toLowerCase(Locale.ROOT);
        List<BreakdownRow> rows = clients.stream()
                .filter(row -> row.client().name().toLowerCase(Locale.ROOT).contains(needle)
                        || row.client().hubId().toString().contains(needle))
                .toList();
        return new Breakdown(partnerId, at, managedPoints, servicedClients, rows);
    }
}
