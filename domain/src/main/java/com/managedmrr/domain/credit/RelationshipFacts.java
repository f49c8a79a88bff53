package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.PartnerId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the credit rules need to know of one partner's relationship with one client as of an instant t: its latest
 * attributed activity at or before t, and its immediate ends at or before t.
 *
 * <p>Whether the relationship is alive needs only the latest activity and the latest end: the latest activity is the
 * one that lives longest, and an end at or after it has cut every earlier one too. Saying <em>why</em> it ended needs
 * the end that cut the activity, which is the first end at or after it; a later end (one that came after the credit
 * had run out anyway) must not hide it. So the facts carry every end at or before t ({@link #ends()}, oldest first,
 * ties in the order recorded); {@link #lastEnd()} is the latest of them.
 *
 * <p>The three-argument constructor, for facts that know only the latest end, is kept for source compatibility; with
 * it an explanation may say EXPIRED where an earlier end had cut the credit.
 */
public record RelationshipFacts(PartnerId partnerId, Optional<AttributedActivity> lastAttributed,
                                Optional<RelationshipEnd> lastEnd, List<RelationshipEnd> ends) {

    public RelationshipFacts {
        if (ends == null) {
            ends = lastEnd.stream().toList();
        } else {
            ends = ends.stream().sorted(Comparator.comparing(RelationshipEnd::endedAt)).toList();
            lastEnd = ends.isEmpty() ? Optional.empty() : Optional.of(ends.get(ends.size() - 1));
        }
    }

    /** Facts that know only the latest end at or before t. */
    public RelationshipFacts(PartnerId partnerId, Optional<AttributedActivity> lastAttributed,
                             Optional<RelationshipEnd> lastEnd) {
        this(partnerId, lastAttributed, lastEnd, null);
    }

    /** Facts with every end at or before t (in the order recorded); the latest end is derived from them. */
    public static RelationshipFacts withEnds(PartnerId partnerId, Optional<AttributedActivity> lastAttributed,
                                             List<RelationshipEnd> ends) {
        return new RelationshipFacts(partnerId, lastAttributed, Optional.empty(), ends);
    }

    /** The same ends with another latest activity (a single user's, for instance). */
    public RelationshipFacts withLastAttributed(Optional<AttributedActivity> activity) {
        return new RelationshipFacts(partnerId, activity, lastEnd, ends);
    }

    /** The latest end at or before t (a loop: a breakdown asks this of thousands of relationships, most without ends). */
    public Optional<RelationshipEnd> lastEndAt(Instant t) {
        RelationshipEnd latest = null;
        for (RelationshipEnd end : ends) {
            if (!end.endedAt().isAfter(t)) {
                latest = end;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The first end at or after the activity's instant and at or before t: the one that cut it, if any did. */
    public Optional<RelationshipEnd> firstEndAfter(AttributedActivity activity, Instant t) {
        for (RelationshipEnd end : ends) {
            if (!end.endedAt().isBefore(activity.occurredAt()) && !end.endedAt().isAfter(t)) {
                return Optional.of(end);
            }
        }
        return Optional.empty();
    }
}
