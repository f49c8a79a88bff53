package com.managedmrr.web.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.managedmrr.web.api.Problem.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class AccessApiRoutesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private TestApi api;
    private Given given;

    @BeforeEach
    void start() {
        api = TestApi.start(NOW);
        given = new Given(api);
        given.partner("acme", "acme.example").client(501, "USD", "1000.00")
                .employee("acme", "ann@acme.example").employee("acme", "bob@acme.example")
                .contractor("acme", "carl@freelance.example");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static JsonObject emails(String... emails) {
        JsonArray array = new JsonArray();
        for (String email : emails) {
            array.add(email);
        }
        return new JsonObject().put("emails", array);
    }

    @Test
    void employees_addEmployees_assignsThemAndSeatsThoseWithoutASeat() {
        given.seat(501, "bob@acme.example", "DEACTIVATED"); // the new seat assigns Bob automatically ...
        api.delete("/partners/acme/clients/501/assignments/bob@acme.example"); // ... until he is unassigned

        TestApi.Reply reply = api.post("/partners/acme/clients/501/employees", emails("ANN@acme.example", "bob@acme.example"));

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.jsonArray("assigned")).containsExactlyInAnyOrder("ann@acme.example", "bob@acme.example");
        assertThat(reply.jsonArray("seatsAdded")).containsExactly("ann@acme.example");
        assertThat(reply.json().getString("partnerId")).isEqualTo("acme");
        assertThat(reply.json().getLong("hubId")).isEqualTo(501L);
    }

    @Test
    void aContractorInTheList_addEmployees_answers422AndChangesNothing() {
        TestApi.Reply reply = api.post("/partners/acme/clients/501/employees",
                emails("ann@acme.example", "carl@freelance.example"));

        assertProblem(reply, 422, "emails[1]");
        assertThat(reply.json().getString("code")).isEqualTo("NOT_AN_EMPLOYEE");
        assertThat(api.get("/partners/acme/users").jsonArray("users").stream()
                .map(user -> ((JsonObject) user).getJsonArray("assignedHubIds")))
                .allMatch(JsonArray::isEmpty);
    }

    @Test
    void badBodies_addEmployees_answers400NamingTheField() {
        assertProblem(api.post("/partners/acme/clients/501/employees", emails("ann@acme.example", "not an email")),
                400, "emails[1]");
        assertProblem(api.post("/partners/acme/clients/501/employees", new JsonObject().put("emails", "ann@acme.example")),
                400, "emails");
        assertProblem(api.post("/partners/acme/clients/501/employees", emails()), 400, "emails");
        assertProblem(api.post("/partners/acme/clients/x/employees", emails("ann@acme.example")), 400, "hubId");
    }

    @Test
    void unknownPartnerOrClient_addEmployees_answers404() {
        assertProblem(api.post("/partners/nobody/clients/501/employees", emails("ann@acme.example")), 404);
        assertProblem(api.post("/partners/acme/clients/999/employees", emails("ann@acme.example")), 404);
    }

    @Test
    void contractorWithASeat_linkClient_answers200WithTheAssignment() {
        given.seat(501, "carl@freelance.example", "DEACTIVATED");

        TestApi.Reply reply = api.post("/partners/acme/contractors/Carl%40Freelance.example/clients",
                new JsonObject().put("hubId", 501));

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(new JsonObject().put("partnerId", "acme")
                .put("email", "carl@freelance.example").put("hubId", 501).put("newlyAssigned", true));
        assertThat(api.post("/partners/acme/contractors/carl@freelance.example/clients",
                new JsonObject().put("hubId", 501)).json().getBoolean("newlyAssigned")).isFalse();
    }

    @Test
    void contractorWithoutASeat_linkClient_answers422WithTheReason() {
        TestApi.Reply reply = api.post("/partners/acme/contractors/carl@freelance.example/clients",
                new JsonObject().put("hubId", 501));

        assertProblem(reply, 422);
        assertThat(reply.json().getString("code")).isEqualTo("CONTRACTOR_NOT_A_CLIENT_USER");
    }

    @Test
    void anEmployee_linkClient_answers422() {
        given.seat(501, "ann@acme.example");

        assertThat(assertProblem(api.post("/partners/acme/contractors/ann@acme.example/clients",
                new JsonObject().put("hubId", 501)), 422).getString("code")).isEqualTo("NOT_A_CONTRACTOR");
    }

    @Test
    void badHubIds_linkClient_answers400NamingIt_andAnUnknownClientLikeOneWithoutTheContractor() {
        String path = "/partners/acme/contractors/carl@freelance.example/clients";
        assertProblem(api.post(path, new JsonObject().put("hubId", "501")), 400, "hubId");
        assertProblem(api.post(path, new JsonObject().put("hubId", 0)), 400, "hubId");
        assertProblem(api.post(path, new JsonObject().put("hubId", 5.5)), 400, "hubId");
        assertProblem(api.post(path, new JsonObject()), 400, "hubId");
        JsonObject unknown = assertProblem(api.post(path, new JsonObject().put("hubId", 999)), 422);
        JsonObject notSeated = assertProblem(api.post(path, new JsonObject().put("hubId", 501)), 422);
        assertThat(unknown.getString("code")).isEqualTo(notSeated.getString("code"))
                .isEqualTo("CONTRACTOR_NOT_A_CLIENT_USER");
        assertThat(unknown.getString("detail").replace("999", "HUB"))
                .isEqualTo(notSeated.getString("detail").replace("501", "HUB"));
    }

    @Test
    void assignment_unassign_answers204AndKeepsTheSeat() {
        given.addEmployee("acme", 501, "ann@acme.example");

        assertThat(api.delete("/partners/acme/clients/501/assignments/ann@acme.example").status()).isEqualTo(204);

        assertThat(api.get("/partners/acme/users").jsonArray("users").stream()
                .map(user -> ((JsonObject) user).getJsonArray("assignedHubIds"))).allMatch(JsonArray::isEmpty);
        assertThat(api.put("/clients/501/users/ann@acme.example", new JsonObject().put("status", "ACTIVE")).status())
                .isEqualTo(200);
        assertProblem(api.delete("/partners/acme/clients/501/assignments/zed@acme.example"), 404);
    }

    @Test
    void deactivatedSeat_reactivation_answers200Active() {
        given.seat(501, "ann@acme.example", "DEACTIVATED");

        TestApi.Reply reply = api.post("/partners/acme/clients/501/staff/ann@acme.example/reactivation");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(new JsonObject()
                .put("hubId", 501).put("email", "ann@acme.example").put("status", "ACTIVE"));
    }

    @Test
    void noSeat_reactivation_answers422_andUnknownUser404() {
        assertThat(assertProblem(api.post("/partners/acme/clients/501/staff/ann@acme.example/reactivation"), 422)
                .getString("code")).isEqualTo("NOT_A_CLIENT_USER");
        assertProblem(api.post("/partners/acme/clients/501/staff/zed@acme.example/reactivation"), 404);
    }

    @Test
    void lastSeatedUserWithAnAsset_removalReview_answersExactlyTheReview() {
        given.addEmployee("acme", 501, "ann@acme.example");
        api.post("/activities", new JsonObject().put("activities", new JsonArray().add(
                Given.activityJson("evt-1", 501, "ann@acme.example", "BLOG", "PUBLISH", NOW).put("assetId", "post-9"))));

        TestApi.Reply reply = api.get("/partners/acme/clients/501/staff/ann@acme.example/removal");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().toString())
                .isEqualTo("{\"lostAccessHubIds\":[501],\"affectedAssetIds\":[\"post-9\"],\"endsManagedRelationship\":true}");
    }

    @Test
    void unknownUser_removalReview_answers404() {
        assertProblem(api.get("/partners/acme/clients/501/staff/zed@acme.example/removal"), 404);
        assertProblem(api.get("/partners/acme/clients/501/staff/zed/removal"), 400, "email");
    }

    @Test
    void seatedEmployee_removeStaff_answers204AndRemovesSeatAndAssignment() {
        given.addEmployee("acme", 501, "ann@acme.example");

        assertThat(api.delete("/partners/acme/clients/501/staff/ann@acme.example").status()).isEqualTo(204);

        assertProblem(api.delete("/clients/501/users/ann@acme.example"), 404);
        assertThat(api.get("/partners/acme/users").jsonArray("users").stream()
                .map(user -> ((JsonObject) user).getJsonArray("assignedHubIds"))).allMatch(JsonArray::isEmpty);
        assertProblem(api.delete("/partners/nobody/clients/501/staff/ann@acme.example"), 404);
    }

    /** docs/rules.md §9.6: a refusal by a rule is 422; an unknown partner or client account in the path is 404. */
    @Test
    void refusalsByARule_answer422_andAnUnknownPartnerOrClientInThePath_answers404() {
        assertThat(assertProblem(api.post("/partners/acme/clients/501/employees", emails("carl@freelance.example")),
                422).getString("code")).isEqualTo("NOT_AN_EMPLOYEE");
        assertThat(assertProblem(api.post("/partners/acme/clients/501/employees", emails("zed@acme.example")),
                422).getString("code")).isEqualTo("NOT_AN_EMPLOYEE");
        assertThat(assertProblem(api.post("/partners/acme/clients/501/staff/ann@acme.example/reactivation"), 422)
                .getString("code")).isEqualTo("NOT_A_CLIENT_USER");
        assertThat(assertProblem(api.post("/partners/acme/contractors/carl@freelance.example/clients",
                new JsonObject().put("hubId", 501)), 422).getString("code")).isEqualTo("CONTRACTOR_NOT_A_CLIENT_USER");

        assertProblem(api.post("/partners/nobody/clients/501/employees", emails("ann@acme.example")), 404);
        assertProblem(api.post("/partners/acme/clients/999/employees", emails("ann@acme.example")), 404);
        assertProblem(api.post("/partners/nobody/clients/501/staff/ann@acme.example/reactivation"), 404);
        assertProblem(api.post("/partners/acme/clients/999/staff/ann@acme.example/reactivation"), 404);
        assertProblem(api.post("/partners/nobody/contractors/carl@freelance.example/clients",
                new JsonObject().put("hubId", 501)), 404);
        // the Hub ID of Link clients is in the body, not the path: an unknown one is answered like a client account
        // without the contractor, so a partner cannot probe which Hub IDs exist
        assertThat(assertProblem(api.post("/partners/acme/contractors/carl@freelance.example/clients",
                new JsonObject().put("hubId", 999)), 422).getString("code")).isEqualTo("CONTRACTOR_NOT_A_CLIENT_USER");
        assertProblem(api.get("/partners/nobody/clients/501/explanation"), 404);
        assertProblem(api.get("/partners/acme/clients/999/explanation"), 404);
        assertProblem(api.get("/partners/nobody/breakdown"), 404);
    }
}
