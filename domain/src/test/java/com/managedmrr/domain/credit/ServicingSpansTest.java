package com.managedmrr.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** docs/rules.md §5.5: the servicing spans of a relationship. */
class ServicingSpansTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(60);

    private static Instant day(long days) {
        return T0.plus(Duration.ofDays(days));
    }

    private static AttributedActivity activity(String id, Instant at) {
        return new AttributedActivity(ActivityId.of(id), Email.of("ann@acme.example"), at);
    }

    private static RelationshipEnd end(Instant at) {
        return new RelationshipEnd(PartnerId.of("acme"), HubId.of(501), at, EndReason.USERS_REMOVED_FROM_CLIENT);
    }

    @Test
    void oneActivity_keepsTheRelationshipActiveForSixtyDaysFromItsInstant() {
        AttributedActivity a = activity("a", T0);

        assertThat(ServicingSpans.of(List.of(a), List.of())).containsExactly(new ServicingSpan(T0, T0.plus(WINDOW), a));
    }

    @Test
    void overlappingActivities_makeOneSpanUntilTheLastOneExpires_withTheLastOneKept() {
        AttributedActivity a = activity("a", T0);
        AttributedActivity b = activity("b", day(59));
        AttributedActivity c = activity("c", day(10));

        assertThat(ServicingSpans.of(List.of(b, a, c), List.of()))
                .containsExactly(new ServicingSpan(T0, day(59).plus(WINDOW), b));
    }

    @Test
    void anActivityAtTheInstantTheSpanEnds_startsANewSpan() {
        AttributedActivity a = activity("a", T0);
        AttributedActivity b = activity("b", day(60));
        AttributedActivity c = activity("c", day(200));

        assertThat(ServicingSpans.of(List.of(a, b, c), List.of())).containsExactly(
                new ServicingSpan(T0, day(60), a),
                new ServicingSpan(day(60), day(120), b),
                new ServicingSpan(day(200), day(260), c));
    }

    @Test
    void anImmediateEnd_cutsTheSpan_andOnlyLaterActivitiesStartAgain() {
        AttributedActivity a = activity("a", T0);
        AttributedActivity b = activity("b", day(5));
        AttributedActivity c = activity("c", day(20));

        assertThat(ServicingSpans.of(List.of(a, b, c), List.of(end(day(10))))).containsExactly(
                new ServicingSpan(T0, day(10), b),
                new ServicingSpan(day(20), day(80), c));
    }

    @Test
    void activitiesAtTheEndsOwnInstant_neverCount_butAreTheLatestActivity() {
        AttributedActivity a = activity("a", T0);
        AttributedActivity b = activity("b", day(10));
        AttributedActivity c = activity("c", day(10));

        List<ServicingSpan> spans = ServicingSpans.of(List.of(a, c, b), List.of(end(day(10))));

        assertThat(spans).containsExactly(new ServicingSpan(T0, day(10), a), new ServicingSpan(day(10), day(10), c));
        assertThat(spans.get(1).covers(day(10))).isFalse();
    }

    @Test
    void anEndAfterTheWindow_changesNothing() {
        AttributedActivity a = activity("a", T0);

        assertThat(ServicingSpans.of(List.of(a), List.of(end(day(61)), end(day(60)))))
                .containsExactly(new ServicingSpan(T0, day(60), a));
    }

    @Test
    void activitiesAtTheSameInstant_areOrderedByTheirIdsBytes() {
        AttributedActivity lower = activity("evt-A", T0);
        AttributedActivity higher = activity("evt-a", T0);
        AttributedActivity astral = activity("evt-\uD83D\uDE00", T0);
        AttributedActivity private_ = activity("evt-\uE000", T0);

        assertThat(ServicingSpans.of(List.of(higher, lower), List.of()).get(0).last()).isEqualTo(higher);
        assertThat(ServicingSpans.of(List.of(astral, private_), List.of()).get(0).last()).isEqualTo(astral);
    }

    @Test
    void latestStartedBy_isTheSpanCoveringT_orTheLastOneBefore() {
        AttributedActivity a = activity("a", T0);
        AttributedActivity b = activity("b", day(100));
        List<ServicingSpan> spans = ServicingSpans.of(List.of(a, b), List.of());

        assertThat(ServicingSpans.latestStartedBy(spans, T0.minusNanos(1000))).isEmpty();
        assertThat(ServicingSpans.latestStartedBy(spans, day(30))).contains(spans.get(0));
        assertThat(ServicingSpans.latestStartedBy(spans, day(80))).contains(spans.get(0));
        assertThat(ServicingSpans.latestStartedBy(spans, day(80)).get().covers(day(80))).isFalse();
        assertThat(ServicingSpans.latestStartedBy(spans, day(100))).contains(spans.get(1));
    }

    @Test
    void lastKnownAt_isTheSpansLastActivity_unlessThatIsAfterT() {
        AttributedActivity a = activity("a", T0);
        AttributedActivity b = activity("b", day(20));
        ServicingSpan span = ServicingSpans.of(List.of(a, b), List.of()).get(0);

        assertThat(span.lastKnownAt(day(20))).contains(b);
        assertThat(span.lastKnownAt(day(19))).isEqualTo(Optional.empty());
    }

    @Test
    void addingActivities_givesTheSpansComputedFromEveryActivity_whateverTheOrderTheyArrive() {
        Random random = new Random(20_261_201L);
        for (int history = 0; history < 2_000; history++) {
            List<AttributedActivity> activities = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                activities.add(activity("a" + random.nextInt(1_000_000), day(random.nextInt(200))
                        .plusSeconds(random.nextBoolean() ? 0 : random.nextInt(3))));
            }
            List<RelationshipEnd> ends = new ArrayList<>();
            int endCount = random.nextInt(3);
            for (int i = 0; i < endCount; i++) {
                ends.add(end(random.nextBoolean() ? activities.get(random.nextInt(count)).occurredAt() : day(random.nextInt(200))));
            }
            List<ServicingSpan> whole = ServicingSpans.of(activities, ends);

            List<ServicingSpan> added = List.of();
            List<AttributedActivity> shuffled = new ArrayList<>(activities);
            Collections.shuffle(shuffled, random);
            int from = 0;
            while (from < shuffled.size()) {
                int to = from + 1 + random.nextInt(shuffled.size() - from);
                added = ServicingSpans.adding(added, shuffled.subList(from, to), ends);
                from = to;
            }

            assertThat(added).as("history %d: %s with ends %s", history, activities, ends).isEqualTo(whole);
            for (int i = 1; i < whole.size(); i++) {
                assertThat(whole.get(i).from()).isAfterOrEqualTo(whole.get(i - 1).to());
            }
        }
    }
}
