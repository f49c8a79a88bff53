package com.managedmrr.web.ui.points;

import com.managedmrr.application.credit.ExpiringCredit;
import com.managedmrr.domain.credit.BreakdownRow;
import com.managedmrr.web.ui.Paths;
import com.managedmrr.web.ui.Texts;

import java.time.Instant;

/** One client row of the Points breakdown table, every value already written out in the page's language. */
public record BreakdownRowView(long hubId, String name, String currency, String mrr, String credit, String points,
                               int sharedWith, boolean servicing, String lastActivity, String expiresOn,
                               boolean expiresSoon, String clientUrl, String explanationUrl, String detailId) {

    static BreakdownRowView of(BreakdownRow row, Instant at, String asOf, Texts texts) {
        long hubId = row.client().hubId().value();
        String currency = row.client().currency().code();
        Instant expires = row.expiresAt().orElse(null);
        return new BreakdownRowView(hubId, row.client().name(), currency,
                texts.amount(row.client().mrr()),
                texts.amount(row.credit()),
                texts.amount(row.points()),
                row.sharedWith(),
                row.servicing(),
                row.lastActivityAt().map(texts::date).orElse("—"),
                expires == null ? "—" : texts.date(expires),
                ExpiringCredit.soon(row, at),
                Paths.client(hubId),
                Paths.withQuery(Paths.explanation(hubId), Paths.params("asOf", asOf)),
                "explain-" + hubId);
    }
}
