package com.managedmrr.web.ui.access;

import com.managedmrr.application.credit.ClientStanding;
import com.managedmrr.domain.credit.BreakdownRow;
import com.managedmrr.web.ui.Formats;
import com.managedmrr.web.ui.Paths;
import com.managedmrr.web.ui.UiMessages;

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

    static StandingView of(long hubId, ClientStanding standing, StandingDateForm sent, StandingDateForm form,
                           Instant now, String dateError) {
        Optional<BreakdownRow> row = standing.row();
        boolean servicing = standing.servicing();
        String currency = row.map(r -> r.client().currency().code()).orElse("");
        String date = Formats.date(form.date(now));
        return new StandingView(
                UiMessages.standingOn(date, form.today(now), form.projection(now)),
                servicing,
                UiMessages.servicing(servicing),
                row.map(r -> Formats.money(currency, r.credit())).orElse("—"),
                row.map(r -> Formats.amount(r.points())).orElse("—"),
                UiMessages.sharedWith(row.map(BreakdownRow::sharedWith).orElse(0)),
                row.flatMap(BreakdownRow::expiresAt).map(Formats::date).orElse("—"),
                row.flatMap(BreakdownRow::lastActivityAt).map(Formats::date).orElse("—"),
                Paths.withQuery(Paths.POINTS, Paths.params("q", Long.toString(hubId), "asOf", form.asOf())),
                sent.asOf(), dateError, Paths.client(hubId));
    }
}
