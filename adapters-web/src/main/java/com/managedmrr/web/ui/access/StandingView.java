package com.managedmrr.web.ui.access;

import com.managedmrr.application.credit.ClientStanding;
import com.managedmrr.domain.credit.BreakdownRow;
import com.managedmrr.web.ui.AsOfDate;
import com.managedmrr.web.ui.Paths;
import com.managedmrr.web.ui.Texts;

import java.time.Instant;
import java.util.Optional;

/**
 * The partner's standing on a client at the page's date, every value written out: servicing or not, managed credit in
 * the client's currency then, points, how many partners share it, when it expires, and the link to the row's
 * explanation on the Points page; with the date form (its value as sent and its error).
 */
public record StandingView(String heading, boolean servicing, String servicingText, String credit, String points,
                           String sharedWith, String expiresOn, String lastActivity, String explanationUrl,
                           String asOf, String dateError, String formUrl) {

    static StandingView of(long hubId, ClientStanding standing, AsOfDate sent, AsOfDate form,
                           Instant now, String dateError, Texts texts) {
        Optional<BreakdownRow> row = standing.row();
        boolean servicing = standing.servicing();
        String currency = row.map(r -> r.client().currency().code()).orElse("");
        String date = texts.date(form.date(now));
        int partners = row.map(BreakdownRow::sharedWith).orElse(0);
        return new StandingView(
                form.today(now) ? texts.get("access.standing.today", date)
                        : form.projection(now) ? texts.get("access.standing.projection", date)
                        : texts.get("access.standing.on", date),
                servicing,
                servicing ? texts.get("access.standing.servicing") : texts.get("access.standing.notServicing"),
                row.map(r -> texts.money(currency, r.credit())).orElse("—"),
                row.map(r -> texts.amount(r.points())).orElse("—"),
                partners == 0 ? "—" : texts.count("access.standing.partners", partners),
                row.flatMap(BreakdownRow::expiresAt).map(texts::date).orElse("—"),
                row.flatMap(BreakdownRow::lastActivityAt).map(texts::date).orElse("—"),
                Paths.withQuery(Paths.POINTS, Paths.params("q", Long.toString(hubId), "asOf", form.asOf())),
                sent.asOf(), dateError, Paths.client(hubId));
    }
}
