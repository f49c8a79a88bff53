package com.managedmrr.domain.credit;

import java.util.List;

/** Everything a relationship's servicing spans are computed from: its attributed activities and its ends (§5.5). */
public record RelationshipLedger(List<AttributedActivity> activities, List<RelationshipEnd> ends) {

    public RelationshipLedger {
        activities = List.copyOf(activities);
        ends = List.copyOf(ends);
    }

    public List<ServicingSpan> spans() {
        return ServicingSpans.of(activities, ends);
    }
}
