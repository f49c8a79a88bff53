package com.managedmrr.application.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.application.catalogue.SetQualifyingActionsCommand;
import com.managedmrr.application.testing.Scenario;
import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.DomainException.FieldError;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.store.RecordedActivity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** docs/rules.md §4 and §9: how a batch of activities is judged, stored and attributed. */
class RecordActivitiesServiceTest {

    private Scenario s;

    @BeforeEach
    void setUp() {
        s = new Scenario();
        s.partner("a", "a.example");
        s.client(501, "USD", "1000.00");
        s.employee("a", "ann@a.example");
        s.seat(501, "ann@a.example");
    }

    private Activity activity(String id, long hub, String tool, String action, Instant at) {
        return new Activity(ActivityId.of(id), HubId.of(hub), Email.of("ann@a.example"), tool, action, at, null);
    }

    private RecordedActivity stored(String id) {
        return s.app.store.activities().stream().filter(a -> a.activity().id().value().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void batch_eachItemJudgedOnItsOwn() {
        Instant now = s.now();
        RecordActivitiesResult result = s.record(List.of(
                activity("ok", 501, "BLOG", "PUBLISH", now),
                activity("ahead", 501, "BLOG", "PUBLISH", now.plus(Duration.ofMinutes(5)).plusNanos(1000)),
                activity("unknown-hub", 999, "BLOG", "PUBLISH", now),
                activity("edge", 501, "BLOG", "PUBLISH", now.plus(Duration.ofMinutes(5)))));

        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.duplicates()).isZero();
        assertThat(result.rejected()).extracting(RecordActivitiesResult.Rejection::index).containsExactly(1, 2);
        assertThat(result.rejected().get(0).errors()).extracting(FieldError::field).containsExactly("occurredAt");
        assertThat(result.rejected().get(1).errors()).extracting(FieldError::field).containsExactly("hubId");
        assertThat(result.rejected().get(1).activityId()).isEqualTo("unknown-hub");
    }

    @Test
    void knownOrRepeatedActivityIdWithTheSameContent_isADuplicateAndChangesNothing() {
        Instant now = s.now();
        s.record(List.of(activity("one", 501, "BLOG", "PUBLISH", now)));

        RecordActivitiesResult result = s.record(List.of(
                activity("one", 501, "blog", "publish", now),
                activity("two", 501, "BLOG", "PUBLISH", now),
                activity("two", 501, "BLOG", "PUBLISH", now)));

        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.duplicates()).isEqualTo(2);
        assertThat(result.conflicts()).isEmpty();
    }

    @Test
    void knownOrRepeatedActivityIdWithOtherContent_isAConflictNamingTheFields_andChangesNothing() {
        Instant now = s.now();
        s.record(List.of(activity("one", 501, "BLOG", "PUBLISH", now)));

        RecordActivitiesResult result = s.record(List.of(
                activity("one", 501, "BLOG", "DRAFT", now),
                activity("two", 501, "BLOG", "PUBLISH", now),
                activity("two", 501, "EMAIL", "EDIT", now.minusSeconds(1))));

        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.duplicates()).isZero();
        assertThat(result.conflicts()).containsExactly(
                new RecordActivitiesResult.Conflict(0, "one", List.of("action")),
                new RecordActivitiesResult.Conflict(2, "two", List.of("tool", "action", "occurredAt")));
        assertThat(stored("one").activity().action()).isEqualTo("PUBLISH");
        assertThat(stored("two").activity().tool()).as("the first occurrence wins").isEqualTo("BLOG");
    }

    @Test
    void loginViewDraftAndUnknownTools_areStoredButDoNotQualify() {
        Instant now = s.now();
        s.record(List.of(
                activity("login", 501, "CRM", "LOGIN", now),
                activity("view", 501, "REPORTS", "VIEW", now),
                activity("draft", 501, "BLOG", "EDIT", now),
                activity("unknown", 501, "TELEPORTER", "CREATE", now),
                activity("crm", 501, "crm", "create", now)));

        assertThat(List.of("login", "view", "draft", "unknown")).allSatisfy(id -> {
            assertThat(stored(id).qualifies()).isFalse();
            assertThat(stored(id).attributedTo()).isEmpty();
        });
        assertThat(stored("crm").qualifies()).isTrue();
        assertThat(stored("crm").attributedTo()).containsExactly(PartnerId.of("a"));
    }

    @Test
    void activity_isJudgedByTheCatalogueAsItStoodAtItsInstant() {
        Instant before = s.now();
        Instant change = s.advance(Duration.ofDays(1));
        Scenario.await(s.app.services.setQualifyingActions().setQualifyingActions(
                new SetQualifyingActionsCommand("BLOG", Set.of("PUBLISH", "EDIT"))));
        s.advance(Duration.ofDays(1));

        s.record(List.of(
                activity("edit-before", 501, "BLOG", "EDIT", before),
                activity("edit-at", 501, "BLOG", "EDIT", change)));

        assertThat(stored("edit-before").qualifies()).isFalse();
        assertThat(stored("edit-at").qualifies()).isTrue();
    }

    @Test
    void listClientActivities_newestFirstWithQualificationAndAttribution() {
        Instant now = s.advance(Duration.ofDays(3));
        s.record(List.of(
                activity("old", 501, "BLOG", "PUBLISH", now.minus(Duration.ofDays(2))),
                activity("new", 501, "BLOG", "VIEW", now),
                activity("mid", 501, "BLOG", "PUBLISH", now.minus(Duration.ofDays(1)))));

        var page = Scenario.await(s.app.services.listClientActivities().listClientActivities(
                new ListClientActivitiesQuery(HubId.of(501), 2)));
        List<RecordedActivity> listed = page.items();

        assertThat(listed).extracting(a -> a.activity().id().value()).containsExactly("new", "mid");
        assertThat(listed.get(1).attributedTo()).containsExactly(PartnerId.of("a"));
        assertThat(page.next()).isPresent();

        var rest = Scenario.await(s.app.services.listClientActivities().listClientActivities(
                ListClientActivitiesQuery.of(HubId.of(501), 2, page.next())));
        assertThat(rest.items()).extracting(a -> a.activity().id().value()).containsExactly("old");
        assertThat(rest.next()).isEmpty();
    }

    @Test
    void emptyBatch_acceptsNothing() {
        assertThat(s.record(List.of())).isEqualTo(new RecordActivitiesResult(0, 0, List.of()));
    }
}
