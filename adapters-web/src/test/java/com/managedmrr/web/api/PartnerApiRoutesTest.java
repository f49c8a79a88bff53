package com.managedmrr.web.api;

import com.managedmrr.domain.model.Email;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.managedmrr.web.api.Problem.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class PartnerApiRoutesTest {

    private TestApi api;
    private Given given;

    @BeforeEach
    void start() {
        api = TestApi.start();
        given = new Given(api);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static JsonObject acme() {
        return new JsonObject().put("name", "Acme Agency").put("emailDomains", new JsonArray().add("acme.example"));
    }

    @Test
    void givenNewPartner_put_creates201ThenUpdates200() {
        TestApi.Reply created = api.put("/partners/acme", acme());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).isEqualTo(new JsonObject()
                .put("partnerId", "acme").put("name", "Acme Agency")
                .put("emailDomains", new JsonArray().add("acme.example")));

        TestApi.Reply updated = api.put("/partners/acme", acme().put("name", "Acme Ltd").put("unknownField", 1));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().getString("name")).isEqualTo("Acme Ltd");
    }

    @Test
    void givenPartner_get_answersIt() {
        api.put("/partners/acme", acme());

        TestApi.Reply reply = api.get("/partners/acme");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(new JsonObject()
                .put("partnerId", "acme").put("name", "Acme Agency")
                .put("emailDomains", new JsonArray().add("acme.example")));
    }

    @Test
    void givenUnknownPartner_get_answers404() {
        assertProblem(api.get("/partners/nobody"), 404);
    }

    @Test
    void givenMalformedJson_put_answers400() {
        assertProblem(api.send(HttpMethod.PUT, "/partners/acme", "{\"name\": "), 400);
        assertProblem(api.send(HttpMethod.PUT, "/partners/acme", "[1, 2]"), 400);
        assertProblem(api.send(HttpMethod.PUT, "/partners/acme", ""), 400);
    }

    @Test
    void givenWrongTypes_put_answers400NamingTheField() {
        assertProblem(api.put("/partners/acme", acme().put("name", 42)), 400, "name");
        assertProblem(api.put("/partners/acme", acme().put("emailDomains", "acme.example")), 400, "emailDomains");
        assertProblem(api.put("/partners/acme", acme().put("emailDomains", new JsonArray().add("a.example").add(7))),
                400, "emailDomains[1]");
        assertProblem(api.put("/partners/acme", new JsonObject().put("emailDomains", new JsonArray().add("a.example"))),
                400, "name");
    }

    @Test
    void givenMalformedPartnerId_put_answers400NamingIt() {
        assertProblem(api.put("/partners/Not%20Valid", acme()), 400, "partnerId");
    }

    @Test
    void givenNoJsonContentType_put_answers415() {
        assertProblem(api.send(HttpMethod.PUT, "/partners/acme", acme().encode(), "text/plain", TestApi.TOKEN), 415);
        assertProblem(api.send(HttpMethod.PUT, "/partners/acme", acme().encode(), null, TestApi.TOKEN), 415);
    }

    @Test
    void givenEmployee_putUser_creates201ThenUpdates200_withTheEmailNormalised() {
        given.partner("acme", "acme.example");

        TestApi.Reply created = api.put("/partners/acme/users/Ann.Lee%40ACME.example",
                new JsonObject().put("name", "Ann Lee").put("kind", "EMPLOYEE"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).isEqualTo(new JsonObject()
                .put("partnerId", "acme").put("email", "ann.lee@acme.example").put("name", "Ann Lee").put("kind", "EMPLOYEE"));

        TestApi.Reply updated = api.put("/partners/acme/users/ann.lee@acme.example",
                new JsonObject().put("name", "Ann B. Lee").put("kind", "EMPLOYEE"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().getString("name")).isEqualTo("Ann B. Lee");
    }

    @Test
    void givenEmailWithPlusAndCharset_putUser_keepsThePlusAndAcceptsTheCharset() {
        given.partner("acme", "acme.example");

        TestApi.Reply reply = api.send(HttpMethod.PUT, "/partners/acme/users/ann%2Btag@acme.example",
                new JsonObject().put("name", "Ann").put("kind", "EMPLOYEE").encode(),
                "application/json; charset=utf-8", TestApi.TOKEN);

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        assertThat(reply.json().getString("email")).isEqualTo("ann+tag@acme.example");
        assertThat(api.delete("/partners/acme/users/ANN+tag@acme.example").status()).isEqualTo(204);
    }

    @Test
    void givenBadUserFields_putUser_answers400NamingThem() {
        given.partner("acme", "acme.example");

        assertProblem(api.put("/partners/acme/users/ann@acme.example",
                new JsonObject().put("name", "Ann").put("kind", "BOSS")), 400, "kind");
        assertProblem(api.put("/partners/acme/users/ann@acme.example",
                new JsonObject().put("name", "Ann").put("kind", 1)), 400, "kind");
        assertProblem(api.put("/partners/acme/users/not-an-email",
                new JsonObject().put("name", "Ann").put("kind", "EMPLOYEE")), 400, "email");
    }

    @Test
    void givenUnknownPartner_putUser_answers404() {
        assertProblem(api.put("/partners/nobody/users/ann@acme.example",
                new JsonObject().put("name", "Ann").put("kind", "EMPLOYEE")), 404);
    }

    @Test
    void givenEmployeeOutsideThePartnersDomains_putUser_answers422() {
        given.partner("acme", "acme.example");

        TestApi.Reply reply = api.put("/partners/acme/users/ann@elsewhere.example",
                new JsonObject().put("name", "Ann").put("kind", "EMPLOYEE"));

        assertProblem(reply, 422);
        assertThat(reply.json().getString("code")).isEqualTo("EMPLOYEE_DOMAIN_MISMATCH");
    }

    @Test
    void givenUsersWithAssignments_listUsers_answersThemWithTheirHubIds() {
        given.partner("acme", "acme.example").client(501, "USD", "1000.00")
                .employee("acme", "ann@acme.example").contractor("acme", "carl@freelance.example")
                .addEmployee("acme", 501, "ann@acme.example");

        TestApi.Reply reply = api.get("/partners/acme/users");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.jsonArray("users")).containsExactlyInAnyOrder(
                new JsonObject().put("email", "ann@acme.example").put("name", "User ann@acme.example")
                        .put("kind", "EMPLOYEE").put("assignedHubIds", new JsonArray().add(501)),
                new JsonObject().put("email", "carl@freelance.example").put("name", "User carl@freelance.example")
                        .put("kind", "CONTRACTOR").put("assignedHubIds", new JsonArray()));
    }

    @Test
    void givenUnknownPartner_listUsers_answers404() {
        assertProblem(api.get("/partners/nobody/users"), 404);
    }

    @Test
    void givenUser_delete_answers204AndTheUserIsGone() {
        given.partner("acme", "acme.example").employee("acme", "ann@acme.example");

        TestApi.Reply reply = api.delete("/partners/acme/users/ANN@acme.example");

        assertThat(reply.status()).isEqualTo(204);
        assertThat(api.get("/partners/acme/users").jsonArray("users")).isEmpty();
        assertProblem(api.delete("/partners/acme/users/ann@acme.example"), 404);
    }

    @Test
    void givenPartner_putAdmin_creates201ThenUpdates200_withoutEchoingThePassword() {
        given.partner("acme", "acme.example");

        TestApi.Reply created = api.put("/partners/acme/admins/boss@acme.example",
                new JsonObject().put("password", "correct horse battery"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).isEqualTo(new JsonObject().put("partnerId", "acme").put("email", "boss@acme.example"));
        assertThat(api.admins.account(Email.of("boss@acme.example"))).isPresent();

        TestApi.Reply updated = api.put("/partners/acme/admins/boss@acme.example",
                new JsonObject().put("password", "another long passphrase"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().toString()).doesNotContain("passphrase");
    }

    @Test
    void givenShortPassword_putAdmin_answers400NamingIt() {
        given.partner("acme", "acme.example");

        assertProblem(api.put("/partners/acme/admins/boss@acme.example", new JsonObject().put("password", "short")),
                400, "password");
        assertProblem(api.put("/partners/acme/admins/boss@acme.example", new JsonObject()), 400, "password");
    }

    @Test
    void givenAnotherPartnersAdmin_putAdmin_answers409_andUnknownPartner404() {
        given.partner("acme", "acme.example").partner("globex", "globex.example");
        api.put("/partners/acme/admins/boss@acme.example", new JsonObject().put("password", "correct horse battery"));

        assertProblem(api.put("/partners/globex/admins/boss@acme.example",
                new JsonObject().put("password", "correct horse battery")), 409);
        assertProblem(api.put("/partners/nobody/admins/boss@acme.example",
                new JsonObject().put("password", "correct horse battery")), 404);
    }
}
