package com.managedmrr.domain.credit;

import java.util.List;

/** A relationship's stored servicing spans with its immediate ends: what adding activities to it needs (§5.5). */
public record RelationshipSpans(List<ServicingSpan> spans, List<RelationshipEnd> ends) {

    public static final RelationshipSpans NONE = new RelationshipSpans(List.of(), List.of());

    public RelationshipSpans {
        spans = List.copyOf(spans);
        ends = List.copyOf(ends);
    }

    /** The spans with these activities added (none of them already in the spans). */
    public List<ServicingSpan> adding(List<AttributedActivity> activities) {
        return ServicingSpans.adding(spans, activities, ends);
    }
}
