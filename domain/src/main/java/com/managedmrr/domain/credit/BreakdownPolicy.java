package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.PartnerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * docs/rules.md §6–§7: who is servicing each client at t, the equal split of its MRR, the points, and the partner's totals as
 * sums of the rounded rows.
 */
public final class BreakdownPolicy {

    private BreakdownPolicy() {
    }

    public static Breakdown compute(PartnerId partner, Instant t, List<ClientFacts> clients) {
        List<BreakdownRow> rows = new ArrayList<>(clients.size());
        BigDecimal total = PointsConversion.ZERO;
        int serviced = 0;
        for (ClientFacts facts : clients) {
            BreakdownRow row = row(partner, t, facts);
            rows.add(row);
            total = total.add(row.points());
            if (row.servicing()) {
                serviced++;
            }
        }
        return new Breakdown(partner, t, total, serviced, byName(rows));
    }

    /** The rows by client name, case-insensitively, then Hub ID; each name is lower-cased once, not per comparison. */
    private static List<BreakdownRow> byName(List<BreakdownRow> rows) {
        record Keyed(String name, BreakdownRow row) {
        }
        List<Keyed> keyed = new ArrayList<>(rows.size());
        for (BreakdownRow row : rows) {
            keyed.add(new Keyed(row.client().name().toLowerCase(Locale.ROOT), row));
        }
        keyed.sort(Comparator.comparing(Keyed::name).thenComparing(k -> k.row().client().hubId()));
        List<BreakdownRow> sorted = new ArrayList<>(rows.size());
        for (Keyed k : keyed) {
            sorted.add(k.row());
        }
        return List.copyOf(sorted);
    }

    public static BreakdownRow row(PartnerId partner, Instant t, ClientFacts facts) {
        RelationshipFacts own = facts.relationshipOf(partner);
        RelationshipStatus status = ManagedCreditPolicy.statusAt(own, t);
        Optional<Instant> lastActivityAt = own.lastAttributed()
                .map(AttributedActivity::occurredAt)
                .filter(at -> !at.isAfter(t));
        var currency = facts.client().currency();
        if (!status.servicing()) {
            return new BreakdownRow(facts.client(), false, BigDecimal.ZERO.setScale(currency.minorUnits()),
                    PointsConversion.ZERO, 0, lastActivityAt, Optional.empty(), status);
        }
        Set<PartnerId> servicing = new HashSet<>(facts.othersServicing());
        for (RelationshipFacts relationship : facts.relationships()) {
            if (relationship == own || ManagedCreditPolicy.statusAt(relationship, t).servicing()) {
                servicing.add(relationship.partnerId());
            }
        }
        int sharedWith = servicing.size();
        BigDecimal credit = CreditSplit.share(facts.client().mrr(), sharedWith, currency);
        BigDecimal points = facts.unit()
                .map(unit -> PointsConversion.points(credit, unit, facts.client().growthMarket()))
                .orElse(PointsConversion.ZERO);
        return new BreakdownRow(facts.client(), true, credit, points, sharedWith, lastActivityAt, status.expiresAt(), status);
    }
}
