package com.managedmrr.web.api;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/rules.md §5 and §6 played over HTTP only: the worked example, and which events end a managed relationship at once and
 * which let it run out 60 days after the last attributed activity. Time moves with the test clock; activities may
 * carry past instants.
 */
class ManagedCreditScenarioTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    private TestApi api;
    private Given given;

    @BeforeEach
    void start() {
        api = TestApi.start(T0);
        given = new Given(api);
        given.client(501, "USD", "1000")
                .partner("a", "a.example").employee("a", "ann@a.example").addEmployee("a", 501, "ann@a.example")
                .partner("b", "b.example").employee("b", "bob@b.example").addEmployee("b", 501, "bob@b.example");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private JsonObject managed(String partnerId) {
        TestApi.Reply reply = api.get("/partners/" + partnerId + "/breakdown");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.jsonArray("clients").getJsonObject(0).getJsonObject("managed");
    }

    private JsonObject managedAt(String partnerId, Instant at) {
        TestApi.Reply reply = api.get("/partners/" + partnerId + "/breakdown?at=" + at);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.jsonArray("clients").getJsonObject(0).getJsonObject("managed");
    }

    private JsonObject explanation(String partnerId) {
        TestApi.Reply reply = api.get("/partners/" + partnerId + "/clients/501/explanation");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    @Test
    void workedExample_twoPartnersShare_thenAAloneGetsItAll61DaysAfterBsLastActivity() {
        Instant first = T0.plus(Duration.ofHours(1));
        api.clock.set(first.plus(Duration.ofHours(1)));
        given.publish("a-1", 501, "ann@a.example", first).publish("b-1", 501, "bob@b.example", first);

        for (String partner : new String[] {"a", "b"}) {
            JsonObject managed = managed(partner);
            assertThat(managed.getBoolean("servicing")).isTrue();
            assertThat(managed.getString("credit")).isEqualTo("500.00");
            assertThat(managed.getString("points")).isEqualTo("5.00");
            assertThat(managed.getInteger("sharedWith")).isEqualTo(2);
        }

        // A keeps working; B does not
        Instant later = first.plus(DAY.multipliedBy(30));
        api.clock.set(later);
        given.publish("a-2", 501, "ann@a.example", later);

        Instant sixtyOneDaysAfterB = first.plus(DAY.multipliedBy(61));
        JsonObject projected = managedAt("a", sixtyOneDaysAfterB);
        assertThat(projected.getString("credit")).isEqualTo("1000.00");
        assertThat(projected.getString("points")).isEqualTo("10.00");

        api.clock.set(sixtyOneDaysAfterB);
        JsonObject a = managed("a");
        assertThat(a.getBoolean("servicing")).isTrue();
        assertThat(a.getString("credit")).isEqualTo("1000.00");
        assertThat(a.getString("points")).isEqualTo("10.00");
        assertThat(a.getInteger("sharedWith")).isEqualTo(1);
        JsonObject b = managed("b");
        assertThat(b.getBoolean("servicing")).isFalse();
        assertThat(b.getString("credit")).isEqualTo("0.00");
        assertThat(b.getInteger("sharedWith")).isZero();
        assertThat(explanation("b").getString("reason")).isEqualTo("EXPIRED");

        // the past is unchanged
        assertThat(managedAt("a", first.plus(DAY)).getString("credit")).isEqualTo("500.00");
    }

    @Test
    void removeEmployeeFromClient_lastUser_endsTheRelationshipAtOnce() {
        Instant activity = T0.plus(Duration.ofHours(1));
        api.clock.set(activity);
        given.publish("a-1", 501, "ann@a.example", activity);
        Instant removal = activity.plus(DAY);
        api.clock.set(removal);

        assertThat(api.get("/partners/a/clients/501/staff/ann@a.example/removal").json()
                .getBoolean("endsManagedRelationship")).isTrue();
        assertThat(api.delete("/partners/a/clients/501/staff/ann@a.example").status()).isEqualTo(204);

        api.clock.set(removal.plusSeconds(1));
        assertThat(managed("a").getBoolean("servicing")).isFalse();
        JsonObject why = explanation("a");
        assertThat(why.getString("reason")).isEqualTo("ENDED_USERS_REMOVED_FROM_CLIENT");
        assertThat(why.getString("endedAt")).isEqualTo(removal.toString());
        // before the removal, the same activity still counts
        assertThat(managedAt("a", removal.minusSeconds(1)).getBoolean("servicing")).isTrue();
    }

    @Test
    void clientRemovesTheLastSeat_endsTheRelationshipAtOnce() {
        Instant activity = T0.plus(Duration.ofHours(1));
        api.clock.set(activity);
        given.publish("a-1", 501, "ann@a.example", activity);
        api.clock.set(activity.plus(DAY));

        assertThat(api.delete("/clients/501/users/ann@a.example").status()).isEqualTo(204);

        api.clock.advance(Duration.ofMinutes(1));
        assertThat(managed("a").getBoolean("servicing")).isFalse();
        assertThat(explanation("a").getString("reason")).isEqualTo("ENDED_USERS_REMOVED_FROM_CLIENT");
    }

    @Test
    void removingTheLastAssignedUserFromThePartner_endsTheRelationshipAtOnce() {
        Instant activity = T0.plus(Duration.ofHours(1));
        api.clock.set(activity);
        given.publish("a-1", 501, "ann@a.example", activity);
        api.clock.set(activity.plus(DAY));

        assertThat(api.delete("/partners/a/users/ann@a.example").status()).isEqualTo(204);

        api.clock.advance(Duration.ofMinutes(1));
        assertThat(managed("a").getBoolean("servicing")).isFalse();
        assertThat(explanation("a").getString("reason")).isEqualTo("ENDED_USERS_REMOVED_FROM_PARTNER");
    }

    @Test
    void unassigning_endsNothingAtOnce_creditRunsOut60DaysAfterTheLastAttributedActivity() {
        Instant activity = T0.plus(Duration.ofHours(1));
        api.clock.set(activity);
        given.publish("a-1", 501, "ann@a.example", activity);
        api.clock.set(activity.plus(DAY));

        assertThat(api.delete("/partners/a/clients/501/assignments/ann@a.example").status()).isEqualTo(204);
        // a new activity after the unassignment is not attributed
        Instant afterwards = activity.plus(DAY.multipliedBy(2));
        api.clock.set(afterwards);
        given.publish("a-2", 501, "ann@a.example", afterwards);

        assertThat(managed("a").getBoolean("servicing")).isTrue();
        assertThat(managed("a").getString("expiresAt")).isEqualTo(activity.plus(DAY.multipliedBy(60)).toString());
        assertThat(managedAt("a", activity.plus(DAY.multipliedBy(60)).minusSeconds(1)).getBoolean("servicing")).isTrue();
        assertThat(managedAt("a", activity.plus(DAY.multipliedBy(60))).getBoolean("servicing")).isFalse();
        JsonObject ann = api.get("/clients/501/activities").jsonArray("activities").getJsonObject(0);
        assertThat(ann.getString("activityId")).isEqualTo("a-2");
        assertThat(ann.getJsonArray("attributedTo")).isEmpty();
    }

    @Test
    void deactivatingTheSeat_endsNothingAtOnce() {
        Instant activity = T0.plus(Duration.ofHours(1));
        api.clock.set(activity);
        given.publish("a-1", 501, "ann@a.example", activity);
        api.clock.set(activity.plus(DAY));

        assertThat(api.put("/clients/501/users/ann@a.example", new JsonObject().put("status", "DEACTIVATED")).status())
                .isEqualTo(200);

        assertThat(managed("a").getBoolean("servicing")).isTrue();
        assertThat(managedAt("a", activity.plus(DAY.multipliedBy(60))).getBoolean("servicing")).isFalse();
        assertThat(explanation("a").getJsonArray("users").getJsonObject(0).getString("clientUser")).isEqualTo("DEACTIVATED");
    }

    @Test
    void removingOnlySomeOfThePartnersUsers_endsNothingAtOnce() {
        given.employee("a", "amy@a.example").addEmployee("a", 501, "amy@a.example");
        Instant activity = T0.plus(Duration.ofHours(1));
        api.clock.set(activity);
        given.publish("a-1", 501, "ann@a.example", activity);
        api.clock.set(activity.plus(DAY));

        assertThat(api.get("/partners/a/clients/501/staff/ann@a.example/removal").json()
                .getBoolean("endsManagedRelationship")).isFalse();
        assertThat(api.delete("/partners/a/clients/501/staff/ann@a.example").status()).isEqualTo(204);

        api.clock.advance(Duration.ofMinutes(1));
        assertThat(managed("a").getBoolean("servicing")).isTrue();
        assertThat(managed("a").getString("credit")).isEqualTo("1000.00");
    }
}
