package com.managedmrr.web.api;

import com.managedmrr.domain.model.Email;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

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
    void newPartner_put_creates201ThenUpdates200() {
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
    void partner_get_answersIt() {
        api.put("/partners/acme", acme());

        TestApi.Reply reply = api.get("/partners/acme");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(new JsonObject()
                .put("partnerId", "acme").put("name", "Acme Agency")
                .put("emailDomains", new JsonArray().add("acme.example")));
    }

    @Test
    void unknownPartner_get_answers404() {
        assertProblem(api.get("/partners/nobody"), 404);
    }

    @Test
    void malformedJson_put_answers400() {
        assertProblem(api.send(HttpMethod.PUT, "/partners/acme", "{\"name\": "), 400);
        assertProblem(api.send(HttpMethod.PUT, "/partners/acme", "[1, 2]"), 400);
        assertProblem(api.send(HttpMethod.PUT, "/partners/acme", ""), 400);
    }

    @Test
    void wrongTypes_put_answers400NamingTheField() {
        assertProblem(api.put("/partners/acme", acme().put("name", 42)), 400, "name");
        assertProblem(api.put("/partners/acme", acme().put("emailDomains", "acme.example")), 400, "emailDomains");
        assertProblem(api.put("/partners/acme", acme().put("emailDomains", new JsonArray().add("a.example").add(7))),
                400, "emailDomains[1]");
        assertProblem(api.put("/partners/acme", new JsonObject().put("emailDomains", new JsonArray().add("a.example"))),
                400, "name");
    }

    @Test
    void malformedPartnerId_put_answers400NamingIt() {
        assertProblem(api.put("/partners/Not%20Valid", acme()), 400, "partnerId");
    }

    @Test
    void noJsonContentType_put_answers415() {
        assertProblem(api.send(HttpMethod.PUT, "/partners/acme", acme().encode(), "text/plain", TestApi.TOKEN), 415);
        assertProblem(api.send(HttpMethod.PUT, "/partners/acme", acme().encode(), null, TestApi.TOKEN), 415);
    }

    @Test
    void employee_putUser_creates201ThenUpdates200_withTheEmailNormalised() {
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
    void emailWithPlusAndCharset_putUser_keepsThePlusAndAcceptsTheCharset() {
        given.partner("acme", "acme.example");

        TestApi.Reply reply = api.send(HttpMethod.PUT, "/partners/acme/users/ann%2Btag@acme.example",
                new JsonObject().put("name", "Ann").put("kind", "EMPLOYEE").encode(),
                "application/json; charset=utf-8", TestApi.TOKEN);

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        assertThat(reply.json().getString("email")).isEqualTo("ann+tag@acme.example");
        assertThat(api.delete("/partners/acme/users/ANN+tag@acme.example").status()).isEqualTo(204);
    }

    @Test
    void badUserFields_putUser_answers400NamingThem() {
        given.partner("acme", "acme.example");

        assertProblem(api.put("/partners/acme/users/ann@acme.example",
                new JsonObject().put("name", "Ann").put("kind", "BOSS")), 400, "kind");
        assertProblem(api.put("/partners/acme/users/ann@acme.example",
                new JsonObject().put("name", "Ann").put("kind", 1)), 400, "kind");
        assertProblem(api.put("/partners/acme/users/not-an-email",
                new JsonObject().put("name", "Ann").put("kind", "EMPLOYEE")), 400, "email");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%02ann@acme.example", "ann@acme.example%01", "%1Bann@acme.example", "%3Cann%3E@acme.example",
            "an%22n@acme.example"})
    void anEmailWithAControlCharacterOrAnAngleBracket_isRefused400_forUsersAndAdmins(String email) {
        given.partner("acme", "acme.example");

        assertProblem(api.put("/partners/acme/users/" + email,
                new JsonObject().put("name", "Ann").put("kind", "EMPLOYEE")), 400, "email");
        assertProblem(api.put("/partners/acme/admins/" + email,
                new JsonObject().put("password", "correct horse battery")), 400, "email");
        assertThat(api.get("/partners/acme/users").body().toString()).doesNotContain("ann");
    }

    @Test
    void unknownPartner_putUser_answers404() {
        assertProblem(api.put("/partners/nobody/users/ann@acme.example",
                new JsonObject().put("name", "Ann").put("kind", "EMPLOYEE")), 404);
    }

    @Test
    void employeeOutsideThePartnersDomains_putUser_answers422() {
        given.partner("acme", "acme.example");

        TestApi.Reply reply = api.put("/partners/acme/users/ann@elsewhere.example",
                new JsonObject().put("name", "Ann").put("kind", "EMPLOYEE"));

        assertProblem(reply, 422);
        assertThat(reply.json().getString("code")).isEqualTo("EMPLOYEE_DOMAIN_MISMATCH");
    }

    @Test
    void usersWithAssignments_listUsers_answersThemWithTheirHubIds() {
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
    void unknownPartner_listUsers_answers404() {
        assertProblem(api.get("/partners/nobody/users"), 404);
    }

    @Test
    void user_delete_answers204AndTheUserIsGone() {
        given.partner("acme", "acme.example").employee("acme", "ann@acme.example");

        TestApi.Reply reply = api.delete("/partners/acme/users/ANN@acme.example");

        assertThat(reply.status()).isEqualTo(204);
        assertThat(api.get("/partners/acme/users").jsonArray("users")).isEmpty();
        assertProblem(api.delete("/partners/acme/users/ann@acme.example"), 404);
    }

    @Test
    void anAdminLogin_delete_answers204_thenItIsGone404_andEachStepIsInThePartnersAuditTrail() {
        given.partner("acme", "acme.example").partner("other", "other.example");
        api.put("/partners/acme/admins/boss@acme.example", new JsonObject().put("password", "correct horse battery"));
        api.put("/partners/acme/admins/boss@acme.example", new JsonObject().put("password", "another long passphrase"));

        assertProblem(api.delete("/partners/other/admins/boss@acme.example"), 404);
        assertThat(api.delete("/partners/acme/admins/BOSS@acme.example").status()).isEqualTo(204);
        assertThat(assertProblem(api.delete("/partners/acme/admins/boss@acme.example"), 404).getString("code"))
                .isEqualTo("ADMIN_NOT_FOUND");
        assertProblem(api.delete("/partners/nobody/admins/boss@acme.example"), 404);

        JsonArray entries = api.get("/partners/acme/audit").jsonArray("entries");
        List<String> actions = entries.stream().map(e -> ((JsonObject) e).getString("action")).toList();
        assertThat(actions).containsSubsequence("ADMIN_LOGIN_REVOKED", "ADMIN_PASSWORD_CHANGED", "ADMIN_LOGIN_CREATED");
        JsonObject revoked = entries.getJsonObject(0);
        assertThat(revoked.getJsonObject("actor").getString("kind")).isEqualTo("INTERNAL_SYSTEM");
        assertThat(revoked.getString("email")).isEqualTo("boss@acme.example");
        assertThat(entries.encode()).doesNotContain("correct horse").doesNotContain("passphrase");
        assertThat(api.get("/partners/other/audit").jsonArray("entries").encode()).doesNotContain("boss@acme.example");
    }

    @Test
    void partner_putAdmin_creates201ThenUpdates200_withoutEchoingThePassword() {
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
    void shortPassword_putAdmin_answers422NamingIt_andNoPassword400() {
        given.partner("acme", "acme.example");

        assertProblem(api.put("/partners/acme/admins/boss@acme.example", new JsonObject().put("password", "short")),
                422, "password");
        assertProblem(api.put("/partners/acme/admins/boss@acme.example", new JsonObject()), 400, "password");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "twelve spaces|'            '|PASSWORD_REPEATED_CHARACTER",
            "one letter repeated|aaaaaaaaaaaa|PASSWORD_REPEATED_CHARACTER",
            "twelve control characters (U+0001)|CONTROLS|PASSWORD_NOT_PRINTABLE",
            "a line break inside|correct horse\\nbattery|PASSWORD_NOT_PRINTABLE",
            "eleven characters|abcdefghijk|PASSWORD_TOO_SHORT",
            "twelve code points, eight after NFKC (e + combining acute is one é)|DECOMPOSED|PASSWORD_TOO_SHORT",
            "a common password|Password1234|PASSWORD_COMMON",
            "a common password, other case|QWERTYUIOPAS|PASSWORD_COMMON"})
    void aPasswordBreakingANistRule_isRefused422WithItsOwnCode(String what, String password, String code) {
        given.partner("acme", "acme.example");
        String sent = switch (password) {
            case "CONTROLS" -> String.valueOf((char) 1).repeat(12);
            case "DECOMPOSED" -> "xe\u0301".repeat(4);
            default -> password.replace("\\n", "\n");
        };

        JsonObject problem = assertProblem(api.put("/partners/acme/admins/boss@acme.example",
                new JsonObject().put("password", sent)), 422, "password");

        assertThat(problem.getString("code")).as(what).isEqualTo(code);
        assertThat(api.put("/partners/acme/admins/boss@acme.example",
                new JsonObject().put("password", String.valueOf((char) 0).repeat(12))).status())
                .as("twelve NULs, refused before the rules are even asked").isEqualTo(400);
        assertThat(api.put("/partners/acme/admins/boss@acme.example",
                new JsonObject().put("password", "  a passphrase with spaces and ünïcödé  ")).status())
                .as("spaces and any printable Unicode are allowed").isEqualTo(201);
    }

    @Test
    void anotherPartnersAdmin_putAdmin_answers409_andUnknownPartner404() {
        given.partner("acme", "acme.example").partner("globex", "globex.example");
        api.put("/partners/acme/admins/boss@acme.example", new JsonObject().put("password", "correct horse battery"));

        assertProblem(api.put("/partners/globex/admins/boss@acme.example",
                new JsonObject().put("password", "correct horse battery")), 409);
        assertProblem(api.put("/partners/nobody/admins/boss@acme.example",
                new JsonObject().put("password", "correct horse battery")), 404);
    }
}
