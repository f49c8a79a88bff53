package com.managedmrr.web.ui;

import com.managedmrr.domain.model.SeatStatus;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.managedmrr.web.ui.ClientsPageRoutesTest.group;
import static com.managedmrr.web.ui.UiClient.form;
import static org.assertj.core.api.Assertions.assertThat;

class ContractorsAndEmployeesPageRoutesTest {

    private TestUi ui;
    private UiClient admin;

    @BeforeEach
    void start() {
        ui = TestUi.start();
        Scenario.build(ui);
        admin = Scenario.signedIn(ui);
        admin.get("/ui/contractors");
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void contractorsTab_listsEachContractorWithLinkedClients() {
        UiClient.Reply page = admin.get("/ui/contractors");

        assertThat(page.status()).isEqualTo(200);
        assertThat(group(page.body(), "contractor-0")).contains("Fay Ortiz", "fay@freelance.example",
                "No clients linked", "Link clients");
        assertThat(page.body()).doesNotContain("Ann Lee");
    }

    @Test
    void linkForm_listsFirstTheAccountsWhereTheContractorHasASeat_andTakesANameOrHubId() {
        ui.given.client(504, "Tyrell Bio", "USD", "300.00").seat(504, "fay@freelance.example",
                SeatStatus.DEACTIVATED);

        UiClient.Reply form = admin.htmxGet("/ui/contractors/fay%40freelance.example/link");

        assertThat(form.status()).isEqualTo(200);
        String body = form.body();
        assertThat(body).contains("<h2 class=\"panel-title\"", "id=\"contractor-0-panel-eligible\">Client accounts where",
                        "<span>Fay Ortiz</span> has a seat</h3>")
                .contains("name=\"client\" value=\"503\"", "Link to <span>Initrode</span>", "Hub ID 503")
                .contains("name=\"client\" value=\"504\"", "Link to <span>Tyrell Bio</span>")
                .contains("<option value=\"Initrode (503)\">", "<option value=\"Tyrell Bio (504)\">")
                .doesNotContain("Globex", "Kagami", "<h3 class=\"panel-title\"")
                .contains("<label for=\"contractor-0-client\">Or type a client's name (or part of it) or Hub ID");
        assertThat(body.indexOf("Link to <span>Initrode</span>")).isLessThan(body.indexOf("Link to <span>Tyrell Bio"));
        assertThat(body.indexOf("value=\"504\"")).isLessThan(body.indexOf("id=\"contractor-0-client\""));
    }

    @Test
    void linkForm_ofAContractorWithNoSeat_saysTheClientAccountMustAddThemFirst() {
        ui.given.contractor("acme", "gil@freelance.example", "Gil Hart");

        UiClient.Reply form = admin.htmxGet("/ui/contractors/gil%40freelance.example/link");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("seat in any client account yet")
                .doesNotContain("<option value=");
    }

    @Test
    void linkForm_afterALink_marksThatAccountLinked() {
        admin.htmxPost("/ui/contractors/fay%40freelance.example/clients", form("client", "503"));

        UiClient.Reply form = admin.htmxGet("/ui/contractors/fay%40freelance.example/link");

        assertThat(form.body()).contains("<span class=\"tag\">Linked</span>").doesNotContain("value=\"503\"")
                .doesNotContain("<option value=\"Initrode (503)\">");
    }

    @Test
    void linkClients_byAPartOfTheNameInAnyCase_findsTheAccountWhereTheContractorHasASeat() {
        ui.given.client(504, "Tyrell Bio", "USD", "300.00").seat(504, "fay@freelance.example",
                SeatStatus.ACTIVE);

        UiClient.Reply reply = admin.htmxPost("/ui/contractors/fay%40freelance.example/clients",
                form("client", "tyrell"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("Fay Ortiz is now linked to Tyrell Bio (504).").contains(">Tyrell Bio</a>");
    }

    @Test
    void linkClients_byAPartThatSeveralAccountsShare_namesThemAll_422() {
        ui.given.client(504, "Tyrell Bio", "USD", "300.00").client(505, "Tyrell Labs", "USD", "300.00")
                .seat(504, "fay@freelance.example", SeatStatus.ACTIVE)
                .seat(505, "fay@freelance.example", SeatStatus.ACTIVE);

        UiClient.Reply reply = admin.htmxPost("/ui/contractors/fay%40freelance.example/clients",
                form("client", "TYRELL"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(errorOf(reply)).isEqualTo("Several client accounts where Fay Ortiz has a seat match &quot;TYRELL&quot;:"
                + " Tyrell Bio (504), Tyrell Labs (505). Pick one or type its Hub ID.");
        assertThat(reply.body()).contains("value=\"TYRELL\"", "data-autofocus=\"true\"");
    }

    @Test
    void linkClients_byHubId_linksAContractorWhoIsAUserThere() {
        UiClient.Reply reply = admin.htmxPost("/ui/contractors/fay%40freelance.example/clients", form("client", "503"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("Fay Ortiz is now linked to Initrode (503).").contains(">Initrode</a>");
        assertThat(admin.get("/ui/employees").body()).doesNotContain("Initrode");
        assertThat(admin.get("/ui/clients").body()).contains(">Initrode</a>");
    }

    @Test
    void linkClients_toAClientWhereTheContractorIsNoUser_isRefusedWithAMessageNextToTheField() {
        UiClient.Reply reply = admin.htmxPost("/ui/contractors/fay%40freelance.example/clients",
                form("client", "Globex (501)"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body())
                .contains("id=\"contractor-0-client-error\">Fay Ortiz (fay@freelance.example) is not a user in Globex"
                        + " (501), so they cannot be linked to it.")
                .contains("aria-invalid=\"true\"", "value=\"Globex (501)\"");
    }

    @Test
    void linkClients_byName_resolvesTheClient() {
        UiClient.Reply reply = admin.htmxPost("/ui/contractors/fay%40freelance.example/clients",
                form("client", "kagami robotics"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("is not a user in Kagami Robotics (502)");
    }

    @Test
    void linkClients_withAnUnknownNameOrHubId_says_so() {
        assertThat(admin.htmxPost("/ui/contractors/fay%40freelance.example/clients", form("client", "Nowhere Inc"))
                .body()).contains("No client account where Fay Ortiz has a seat matches &quot;Nowhere Inc&quot;, and"
                        + " none of your clients is called that; type its Hub ID instead.");
        assertThat(admin.htmxPost("/ui/contractors/fay%40freelance.example/clients", form("client", "")).status())
                .isEqualTo(422);
    }

    @Test
    void linkClients_toAnUnknownHubIdOrAnotherPartnersClient_answersTheSameWay() {
        UiClient.Reply unknown = admin.htmxPost("/ui/contractors/fay%40freelance.example/clients",
                form("client", "99999"));
        UiClient.Reply notSeated = admin.htmxPost("/ui/contractors/fay%40freelance.example/clients",
                form("client", "601"));

        assertThat(unknown.status()).isEqualTo(notSeated.status()).isEqualTo(422);
        assertThat(errorOf(unknown).replace("99999", "HUB")).isEqualTo(errorOf(notSeated).replace("601", "HUB"));
        assertThat(unknown.body()).contains("is not a user in client account 99999")
                .doesNotContain("There is no client account");
    }

    private static String errorOf(UiClient.Reply reply) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"contractor-0-client-error\">([^<]*)<")
                .matcher(reply.body());
        assertThat(m.find()).as("an error next to the field in %s", reply.body()).isTrue();
        return m.group(1);
    }

    @Test
    void linkClients_withoutScript_redirects303ToTheContractorsTab() {
        UiClient.Reply reply = admin.post("/ui/contractors/fay%40freelance.example/clients", form("client", "503"));

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/ui/contractors");
        assertThat(group(admin.get("/ui/contractors").body(), "contractor-0")).contains(">Initrode</a>");
    }

    @Test
    void linkClients_refusedWithoutScript_showsTheReasonOnTheErrorPage422() {
        UiClient.Reply reply = admin.post("/ui/contractors/fay%40freelance.example/clients", form("client", "501"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("<h1>Not possible</h1>",
                "Fay Ortiz (fay@freelance.example) is not a user in Globex (501)");
        assertThat(group(admin.get("/ui/contractors").body(), "contractor-0")).contains("No clients linked");
    }

    @Test
    void linkClients_toAClientAlreadyLinked_saysSo() {
        admin.htmxPost("/ui/contractors/fay%40freelance.example/clients", form("client", "503"));

        UiClient.Reply again = admin.htmxPost("/ui/contractors/fay%40freelance.example/clients", form("client", "503"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("Fay Ortiz was already linked to Initrode (503).");
    }

    @Test
    void linkClients_withoutCsrfToken_isRefused403() {
        assertThat(admin.postWithoutToken("/ui/contractors/fay%40freelance.example/clients", form("client", "503"))
                .status()).isEqualTo(403);
    }

    @Test
    void anotherPartnersUser_orAnEmployee_isNotAContractorOfOurs_404() {
        assertThat(admin.htmxGet("/ui/contractors/zed%40other.example/link").status()).isEqualTo(404);
        assertThat(admin.htmxPost("/ui/contractors/zed%40other.example/clients", form("client", "601")).status())
                .isEqualTo(404);
        assertThat(admin.htmxGet("/ui/contractors/ann%40acme.example/link").status()).isEqualTo(404);
    }

    @Test
    void employeesTab_listsEachEmployeeWithAssignedClients() {
        UiClient.Reply page = admin.get("/ui/employees");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("aria-current=\"page\">Employees</a>")
                .contains("Ann Lee", ">Globex</a>", "Bo Chen", ">Kagami Robotics</a>", "Cy Young", "No clients assigned")
                .doesNotContain("Fay Ortiz", "Zed");
    }
}
