package com.managedmrr.web.ui;

import com.managedmrr.domain.model.SeatStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.managedmrr.web.ui.ClientsPageRoutesTest.userRow;
import static com.managedmrr.web.ui.UiClient.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every partner-scoped page, partial and action of the admin UI answers 404 for another partner's client or user,
 * whatever the URL says, with a valid session and CSRF token, saying nothing about what is there; and nothing of the
 * other partner changes. Here partner "other" services its own client 601, and its user Zed also has a deactivated seat
 * in acme's client 501.
 */
class AnotherPartnersDataTest {

    static final String NOT_FOUND = "There is nothing here, or it belongs to another partner.";

    private TestUi ui;
    private UiClient admin;

    @BeforeEach
    void start() {
        ui = TestUi.start();
        Scenario.build(ui);
        ui.given.seat(501, "zed@other.example", SeatStatus.DEACTIVATED);
        admin = Scenario.signedIn(ui);
        admin.get("/ui/clients/501");
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/ui/points/601/explanation",
            "/ui/clients/601",
            "/ui/clients/601/add-employees",
            "/ui/clients/601/staff/add",
            "/ui/clients/601/staff/zed%40other.example/unassign",
            "/ui/clients/501/staff/zed%40other.example/unassign",
            "/ui/clients/601/staff/zed%40other.example/removal",
            "/ui/clients/601/staff/zed%40other.example/removal/review",
            "/ui/clients/601/staff/ann%40acme.example/removal",
            "/ui/clients/601/staff/ann%40acme.example/removal/review",
            "/ui/clients/501/staff/zed%40other.example/removal",
            "/ui/clients/501/staff/zed%40other.example/removal/review",
            "/ui/contractors/zed%40other.example/link"})
    void aPageOrPartial_ofAnotherPartnersClientOrUser_isNotFound(String path) {
        UiClient.Reply page = admin.get(path);
        UiClient.Reply partial = admin.htmxGet(path);

        assertThat(page.status()).as(path).isEqualTo(404);
        assertThat(page.body()).contains("<h1>Not found</h1>", NOT_FOUND);
        assertThat(partial.status()).as(path).isEqualTo(404);
        assertThat(partial.body()).isEqualTo(NOT_FOUND);
        assertThat(page.body() + partial.body()).doesNotContain("Secret Client", "Zed", "secret-post");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/ui/clients/601/employees",
            "/ui/clients/601/staff",
            "/ui/clients/601/staff/zed%40other.example/unassign",
            "/ui/clients/501/staff/zed%40other.example/unassign",
            "/ui/clients/601/staff/zed%40other.example/reactivation",
            "/ui/clients/501/staff/zed%40other.example/reactivation",
            "/ui/clients/601/staff/zed%40other.example/removal",
            "/ui/clients/501/staff/zed%40other.example/removal",
            "/ui/contractors/zed%40other.example/clients"})
    void anAction_onAnotherPartnersClientOrUser_isNotFound_andChangesNothing(String path) {
        var sent = form("email", "cy@acme.example", "client", "601");

        UiClient.Reply htmx = admin.htmxPost(path, sent);
        UiClient.Reply plain = admin.post(path, sent);

        assertThat(htmx.status()).as(path).isEqualTo(404);
        assertThat(htmx.body()).isEqualTo(NOT_FOUND);
        assertThat(plain.status()).as(path).isEqualTo(404);
        assertThat(plain.body()).contains(NOT_FOUND).doesNotContain("Secret Client", "Zed");
        assertTheOtherPartnerIsUntouched();
    }

    @Test
    void addEmployees_withAnotherPartnersEmployee_isRefused_andChangesNothing() {
        UiClient.Reply reply = admin.htmxPost("/ui/clients/501/employees", form("email", "zed@other.example"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("nothing was changed").doesNotContain("Zed Zimmer");
        assertThat(admin.get("/ui/clients/501").body()).doesNotContain("zed@other.example");
        assertTheOtherPartnerIsUntouched();
    }

    @Test
    void aSharedClientsPage_showsOnlyYourOwnUsers() {
        UiClient.Reply ours = admin.get("/ui/clients/501");

        assertThat(ours.status()).isEqualTo(200);
        assertThat(ours.body()).contains("data-email=\"ann@acme.example\"").doesNotContain("zed@other.example");

        UiClient other = ui.client();
        assertThat(other.signIn(Scenario.OTHER_ADMIN, Scenario.OTHER_PASSWORD).status()).isEqualTo(303);
        UiClient.Reply theirs = other.get("/ui/clients/501");
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.body()).contains("data-email=\"zed@other.example\"").doesNotContain("ann@acme.example",
                "Ann Lee");
    }

    @Test
    void theBreakdown_itsSearchCsvAndChart_showNothingOfAnotherPartner() {
        assertThat(admin.htmxGet("/ui/points?q=601").body()).contains("No clients match", "Clear search")
                .doesNotContain("Secret Client");
        assertThat(admin.htmxGet("/ui/points?q=secret").body()).contains("No clients match", "Clear search")
                .doesNotContain("Secret Client");
        assertThat(admin.get("/ui/points.csv").body()).doesNotContain("Secret Client", "601");
        assertThat(admin.get("/ui/clients?q=601").body()).contains("No clients match.");
        assertThat(admin.get("/ui/employees").body()).doesNotContain("Zed", "Secret Client");
        assertThat(admin.get("/ui/contractors").body()).doesNotContain("Zed", "Secret Client");
        assertThat(admin.htmxGet("/ui/points/chart").body()).contains(">41.25<");
    }

    private void assertTheOtherPartnerIsUntouched() {
        UiClient other = ui.client();
        assertThat(other.signIn(Scenario.OTHER_ADMIN, Scenario.OTHER_PASSWORD).status()).isEqualTo(303);
        assertThat(userRow(other.get("/ui/clients/601").body(), "zed@other.example")).contains(">Active<", ">Yes<");
        assertThat(userRow(other.get("/ui/clients/501").body(), "zed@other.example")).contains(">Deactivated<");
        assertThat(other.get("/ui/contractors").body()).doesNotContain("Cy Young");
        assertThat(other.get("/ui/points").body()).contains(">Secret Client</a>").doesNotContain(">Initrode</a>",
                ">Kagami Robotics</a>");
    }
}
