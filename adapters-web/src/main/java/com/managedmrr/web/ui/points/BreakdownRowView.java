package com.managedmrr.web.ui.points;

import com.managedmrr.application.credit.ExpiringCredit;
import com.managedmrr.domain.credit.BreakdownRow;
import com.managedmrr.web.ui.Formats;
import com.managedmrr.web.ui.Paths;

import java.time.Instant;

/** One client row of the Points breakdown table, every value already written out. */
public record BreakdownRowView(long hubId, String name, String currency, String mrr, String credit, String points,
                               int sharedWith, boolean servicing, String lastActivity, String expiresOn,
                               boolean expiresSoon, String clientUrl, String explanationUrl, String detailId) {

    static BreakdownRowView of(BreakdownRow row, Instant at, String asOf) {
        long hubId = row.client().hubId().value();
        String currency = row.client().currency().code();
        Instant expires = row.expiresAt().orElse(null);
        return new BreakdownRowView(hubId, row.client().name(), currency,
                Formats.amount(row.client().mrr()),
                Formats.amount(row.credit()),
                Formats.amount(row.points()),
                row.sharedWith(),
                row.servicing(),
                row.lastActivityAt().map(Formats::date).orElse("—"),
                expires == null ? "—" : Formats.date(expires),
                ExpiringCredit.soon(row, at),
                Paths.client(hubId),
                Paths.withQuery(Paths.explanation(hubId), Paths.params("asOf", asOf)),
                "explain-" + hubId);
    }
}
