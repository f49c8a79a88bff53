package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.store.RecordedActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * docs/rules.md §5.5: the servicing spans of one relationship, from its attributed activities and immediate ends.
 *
 * <p>Each activity at a keeps the relationship active over [a, c), where c is a + 60 days or the first immediate end
 * at or after a, whichever comes first (§5.1, §5.2). Taken in order (instant, then activity id), an activity joins
 * the current span when it starts before the span's end (or at the span's own start), extending the end to its own
 * c when that is later; otherwise it starts a new span. The spans are therefore disjoint, ordered, and the union of
 * every activity's interval: the relationship is active at t exactly when a span covers t.
 *
 * <p>Adding activities ({@link #adding}) gives the same spans as computing them again from every activity
 * ({@link #of}): a span is itself the union of its activities' intervals, so merging it as one interval is merging
 * them. Ends are added only by access commands, which compute the spans of the relationships they touch again.
 */
public final class ServicingSpans {

    /** Activities in the order the ledger keeps them: instant, then activity id (byte order, as PostgreSQL's "C"). */
    public static final Comparator<AttributedActivity> LEDGER_ORDER = Comparator
            .comparing(AttributedActivity::occurredAt)
            .thenComparing(a -> a.activityId().value(), ServicingSpans::compareBytes);

    private ServicingSpans() {
    }

    /** Every span of a relationship from all its attributed activities (in any order) and its ends. */
    public static List<ServicingSpan> of(Collection<AttributedActivity> activities, Collection<RelationshipEnd> ends) {
        return adding(List.of(), activities, ends);
    }

    /** The spans after adding activities (in any order, none already in them) to a relationship's spans. */
    public static List<ServicingSpan> adding(List<ServicingSpan> spans, Collection<AttributedActivity> added,
                                             Collection<RelationshipEnd> ends) {
        List<Instant> cuts = ends.stream().map(RelationshipEnd::endedAt).sorted().toList();
        List<ServicingSpan> pieces = new ArrayList<>(spans.size() + added.size());
        pieces.addAll(spans);
        for (AttributedActivity activity : added) {
            pieces.add(new ServicingSpan(activity.occurredAt(), endOf(activity, cuts), activity));
        }
        pieces.sort(Comparator.comparing(ServicingSpan::from).thenComparing(ServicingSpan::last, LEDGER_ORDER));
        List<ServicingSpan> merged = new ArrayList<>(pieces.size());
        ServicingSpan current = null;
        for (ServicingSpan piece : pieces) {
            if (current != null && (piece.from().isBefore(current.to()) || piece.from().equals(current.from()))) {
                Instant to = piece.to().isAfter(current.to()) ? piece.to() : current.to();
                AttributedActivity last = LEDGER_ORDER.compare(piece.last(), current.last()) > 0 ? piece.last() : current.last();
                current = new ServicingSpan(current.from(), to, last);
            } else {
                if (current != null) {
                    merged.add(current);
                }
                current = piece;
            }
        }
        if (current != null) {
            merged.add(current);
        }
        return List.copyOf(merged);
    }

    /** The relationships a batch's activities are attributed to, in lock order. */
    public static Set<Relationship> relationshipsOf(Collection<RecordedActivity> batch) {
        Set<Relationship> relationships = new TreeSet<>(Relationship.LOCK_ORDER);
        for (RecordedActivity recorded : batch) {
            recorded.attributedTo().forEach(partner -> relationships.add(new Relationship(partner, recorded.activity().hubId())));
        }
        return relationships;
    }

    /**
     * The spans of the relationships a batch's stored activities are attributed to, with those activities added:
     * each relationship's activities grouped, so one write serves the batch.
     *
     * @param stored   the spans and ends of (at least) those relationships before the batch
     * @param inserted the ids of the batch's activities actually stored (a known id changes nothing)
     */
    public static Map<Relationship, List<ServicingSpan>> afterBatch(Map<Relationship, RelationshipSpans> stored,
                                                                    Collection<RecordedActivity> batch,
                                                                    Set<ActivityId> inserted) {
        Map<Relationship, List<AttributedActivity>> added = new TreeMap<>(Relationship.LOCK_ORDER);
        for (RecordedActivity recorded : batch) {
            Activity activity = recorded.activity();
            if (!inserted.contains(activity.id())) {
                continue;
            }
            AttributedActivity attributed = new AttributedActivity(activity.id(), activity.userEmail(), activity.occurredAt());
            recorded.attributedTo().forEach(partner -> added
                    .computeIfAbsent(new Relationship(partner, activity.hubId()), r -> new ArrayList<>()).add(attributed));
        }
        Map<Relationship, List<ServicingSpan>> spans = new TreeMap<>(Relationship.LOCK_ORDER);
        added.forEach((relationship, activities) -> spans.put(relationship,
                stored.getOrDefault(relationship, RelationshipSpans.NONE).adding(activities)));
        return spans;
    }

    /** The latest span starting at or before t: the one covering t, if any covers it. */
    public static Optional<ServicingSpan> latestStartedBy(List<ServicingSpan> spans, Instant t) {
        ServicingSpan found = null;
        for (ServicingSpan span : spans) {
            if (span.from().isAfter(t)) {
                break;
            }
            found = span;
        }
        return Optional.ofNullable(found);
    }

    /** When the activity stops keeping the relationship active: 60 days on, or cut by the first end at or after it. */
    private static Instant endOf(AttributedActivity activity, List<Instant> cuts) {
        for (Instant cut : cuts) {
            if (!cut.isBefore(activity.occurredAt())) {
                return cut.isBefore(activity.expiresAt()) ? cut : activity.expiresAt();
            }
        }
        return activity.expiresAt();
    }

    /** Compares two identifiers by their UTF-8 bytes, the order of PostgreSQL's "C" collation. */
    static int compareBytes(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                // UTF-16 order equals UTF-8 byte order except that surrogates (U+D800–DFFF) sort above U+E000–FFFF
                boolean xs = Character.isSurrogate(x);
                boolean ys = Character.isSurrogate(y);
                return xs == ys ? Character.compare(x, y) : xs ? 1 : -1;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
