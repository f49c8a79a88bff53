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
 * The access pages speak alike: every confirmation names a person by name, with the e-mail only where another of the
 * partner's users has the same name; a contractor is never called an employee; the Remove wizard's destructive button
 * says what it does, its row is marked in words, and its step is in the page's URL.
 */
class AccessPagesConsistencyTest {

    private TestUi ui;
    private UiClient admin;

    @BeforeEach
    void start() {
        ui = TestUi.start();
        Scenario.build(ui);
        admin = Scenario.signedIn(ui);
        admin.get("/ui/clients");
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    // how confirmations name people

    @Test
    void confirmations_nameThePersonByName_whenNoOtherUserSharesIt() {
        ui.given.seat(501, "cy@acme.example", SeatStatus.DEACTIVATED);

        assertThat(admin.htmxPost("/ui/clients/501/staff/cy%40acme.example/reactivation", form()).body())
                .contains("Cy Young is an active user in the client account again.");
        assertThat(admin.htmxPost("/ui/clients/502/employees", form("email", "cy@acme.example")).body())
                .contains("Cy Young is now assigned to Kagami Robotics.");
        assertThat(admin.htmxPost("/ui/clients/501/staff/ann%40acme.example/removal", form()).body())
                .contains("Ann Lee was removed from the client account and unassigned.")
                .doesNotContain("ann@acme.example was removed");
        assertThat(admin.htmxPost("/ui/contractors/fay%40freelance.example/clients", form("client", "503")).body())
                .contains("Fay Ortiz is now linked to Initrode (503).");
    }

    @Test
    void confirmations_addTheEmail_whereTwoOfThePartnersUsersShareAName() {
        ui.given.employee("acme", "ann.lee@acme.example", "ann lee")
                .contractor("acme", "fay@studio.example", "Fay Ortiz")
                .seat(501, "ann.lee@acme.example", SeatStatus.DEACTIVATED);

        assertThat(admin.htmxPost("/ui/clients/501/staff/ann.lee%40acme.example/reactivation", form()).body())
                .contains("ann lee (ann.lee@acme.example) is an active user in the client account again.");
        assertThat(admin.htmxPost("/ui/clients/502/employees", form("email", "ann.lee@acme.example")).body())
                .contains("ann lee (ann.lee@acme.example) is now assigned to Kagami Robotics.");
        assertThat(admin.htmxGet("/ui/clients/501/staff/ann%40acme.example/removal/review").body())
                .contains(">Remove Ann Lee (ann@acme.example) from Globex</button>");
        assertThat(admin.htmxPost("/ui/clients/501/staff/ann%40acme.example/removal", form()).body())
                .contains("Ann Lee (ann@acme.example) was removed from the client account and unassigned.");
        assertThat(admin.htmxPost("/ui/contractors/fay%40freelance.example/clients", form("client", "503")).body())
                .contains("Fay Ortiz (fay@freelance.example) is now linked to Initrode (503).");
    }

    @Test
    void theRowsActionLabels_nameThePersonAsConfirmationsDo() {
        ui.given.employee("acme", "ann.lee@acme.example", "Ann Lee")
                .seat(501, "ann.lee@acme.example", SeatStatus.DEACTIVATED);

        String page = admin.get("/ui/clients/501").body();

        assertThat(userRow(page, "ann.lee@acme.example"))
                .contains("<span class=\"visually-hidden\">: Ann Lee (ann.lee@acme.example)</span>");
        assertThat(userRow(page, "ann@acme.example"))
                .contains("<span class=\"visually-hidden\">: Ann Lee (ann@acme.example)</span>");
    }

    @Test
    void aContractorsLinkButton_namesThemAsConfirmationsDo() {
        String alone = admin.get("/ui/contractors").body();
        ui.given.contractor("acme", "fay@studio.example", "Fay Ortiz");

        String twoFays = admin.get("/ui/contractors").body();

        assertThat(alone).contains("<span class=\"visually-hidden\"> for Fay Ortiz</span>");
        assertThat(twoFays).contains("<span class=\"visually-hidden\"> for Fay Ortiz (fay@freelance.example)</span>",
                "<span class=\"visually-hidden\"> for Fay Ortiz (fay@studio.example)</span>");
    }

    // a contractor is not an employee

    @Test
    void aContractorsRemoveButtonWizardAndConfirmation_sayContractor_neverEmployee() {
        String fay = userRow(admin.get("/ui/clients/503").body(), "fay@freelance.example");
        String stepOne = admin.htmxGet("/ui/clients/503/staff/fay%40freelance.example/removal").body();
        String stepTwo = admin.htmxGet("/ui/clients/503/staff/fay%40freelance.example/removal/review").body();

        assertThat(fay).contains("Remove contractor from client").doesNotContainIgnoringCase("employee");
        assertThat(stepOne).contains("Remove contractor from client", "Step 1 of 2")
                .doesNotContainIgnoringCase("employee");
        assertThat(stepTwo).contains("Remove contractor from client", "Step 2 of 2", ">unlinked<",
                ">Remove Fay Ortiz from Initrode</button>").doesNotContainIgnoringCase("employee");
        assertThat(admin.htmxPost("/ui/clients/503/staff/fay%40freelance.example/removal", form()).body())
                .contains("Fay Ortiz was removed from the client account and unlinked.").doesNotContain("unassigned");
    }

    @Test
    void aContractorsUnassignConfirmation_pointsToRemoveContractor_neverEmployee() {
        String fay = admin.htmxGet("/ui/clients/503/staff/fay%40freelance.example/unassign").body();
        String ann = admin.htmxGet("/ui/clients/501/staff/ann%40acme.example/unassign").body();

        assertThat(fay).contains("Unassign <span>Fay Ortiz</span>", "Remove contractor from client")
                .doesNotContainIgnoringCase("employee");
        assertThat(ann).contains("Remove employee from client").doesNotContain("contractor");
    }

    @Test
    void anEmployeesRemoveButtonAndWizard_sayEmployee() {
        assertThat(userRow(admin.get("/ui/clients/501").body(), "ann@acme.example"))
                .contains("Remove employee from client").doesNotContain("contractor");
        assertThat(admin.htmxGet("/ui/clients/501/staff/ann%40acme.example/removal/review").body())
                .contains("Remove employee from client", ">unassigned<");
    }

    // the Remove wizard

    @Test
    void theDestructiveButton_saysWhomItRemovesFromWhichClient() {
        String stepTwo = admin.htmxGet("/ui/clients/501/staff/ann%40acme.example/removal/review").body();

        assertThat(stepTwo).contains("class=\"danger\"", ">Remove Ann Lee from Globex</button>")
                .doesNotContain(">Done<");
    }

    @Test
    void eachStep_putsThePagesUrlWithTheStepInTheAddressBar() {
        UiClient.Reply one = admin.htmxGet("/ui/clients/501/staff/ann%40acme.example/removal");
        UiClient.Reply two = admin.htmxGet("/ui/clients/501/staff/ann%40acme.example/removal/review");

        assertThat(one.header("HX-Push-Url")).isEqualTo("/ui/clients/501?remove=ann%40acme.example");
        assertThat(two.header("HX-Push-Url")).isEqualTo("/ui/clients/501?remove=ann%40acme.example&step=2");
        assertThat(one.body()).contains("data-removing=\"ann@acme.example\"", "data-cancel-url=\"/ui/clients/501\"");
    }

    @Test
    void thePagesUrlWithTheStep_opensTheWizardThere_withTheRowMarkedInWords() {
        ui.given.addEmployees("acme", 501, "cy@acme.example");

        String two = admin.get("/ui/clients/501?remove=ann%40acme.example&step=2").body();
        String one = admin.get("/ui/clients/501?remove=ann%40acme.example").body();

        assertThat(two).contains("<h1>Globex</h1>", "Step 2 of 2", "id=\"continues-note\"",
                ">Remove Ann Lee from Globex</button>").doesNotContain("Step 1 of 2");
        assertThat(one).contains("Step 1 of 2", "id=\"lost-access\"").doesNotContain("Step 2 of 2");
        assertThat(userRow(two, "ann@acme.example")).contains("class=\"removing\"",
                "<span class=\"removing-tag\">Being removed</span>");
        assertThat(userRow(two, "cy@acme.example")).doesNotContain("class=\"removing\"")
                .contains("<span class=\"removing-tag\" hidden=\"hidden\">Being removed</span>");
        assertThat(admin.get("/ui/clients/501").body()).doesNotContain("wizard-title", "class=\"removing\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cy%40acme.example", "zed%40other.example", "nobody%40acme.example", "not-an-email", ""})
    void aWizardUrlForSomeoneWhoCannotBeRemovedThere_showsThePageWithoutIt(String email) {
        UiClient.Reply page = admin.get("/ui/clients/501?remove=" + email + "&step=2");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Globex</h1>").doesNotContain("wizard-title", "class=\"removing\"",
                "Zed", "Secret Client");
    }

    @Test
    void aStepAskedForWithoutScript_sendsToThePageWithTheWizardOpenThere() {
        UiClient.Reply one = admin.get("/ui/clients/501/staff/ann%40acme.example/removal");
        UiClient.Reply two = admin.get("/ui/clients/501/staff/ann%40acme.example/removal/review");

        assertThat(one.status()).isEqualTo(303);
        assertThat(one.header("Location")).isEqualTo("/ui/clients/501?remove=ann%40acme.example");
        assertThat(two.status()).isEqualTo(303);
        assertThat(two.header("Location")).isEqualTo("/ui/clients/501?remove=ann%40acme.example&step=2");
    }

    @Test
    void removing_leavesThePagesOwnUrlInTheAddressBar() {
        admin.get("/ui/clients/501?remove=ann%40acme.example&step=2");

        UiClient.Reply staff = admin.htmxPost("/ui/clients/501/staff/ann%40acme.example/removal", form());

        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.header("HX-Replace-Url")).isEqualTo("/ui/clients/501");
        assertThat(staff.body()).doesNotContain("wizard-title");
    }

    // the wizard on a client's page at a date

    @Test
    void theWizardAtThePagesDate_keepsTheDateInTheAddressBarAndInItsButtons() {
        UiClient.Reply two = admin.htmxGet("/ui/clients/501/staff/ann%40acme.example/removal/review?asOf=2025-12-01");

        assertThat(two.header("HX-Push-Url"))
                .isEqualTo("/ui/clients/501?remove=ann%40acme.example&step=2&asOf=2025-12-01");
        assertThat(two.body()).contains("data-cancel-url=\"/ui/clients/501?asOf=2025-12-01\"",
                "hx-get=\"/ui/clients/501/staff/ann%40acme.example/removal?asOf=2025-12-01\"",
                "hx-post=\"/ui/clients/501/staff/ann%40acme.example/removal?asOf=2025-12-01\"");
        assertThat(admin.get("/ui/clients/501/staff/ann%40acme.example/removal?asOf=2025-12-01")
                .header("Location")).isEqualTo("/ui/clients/501?remove=ann%40acme.example&asOf=2025-12-01");
    }

    @Test
    void thePagesUrlWithTheWizardAndADate_opensTheWizard_besideTheStandingThen() {
        UiClient.Reply page = admin.get("/ui/clients/501?remove=ann%40acme.example&step=2&asOf=2025-12-01");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h2 id=\"standing-heading\">Your standing on 2025-12-01</h2>",
                "Step 2 of 2", ">Remove Ann Lee from Globex</button>");
        assertThat(userRow(page.body(), "ann@acme.example")).contains("class=\"removing\"",
                "hx-get=\"/ui/clients/501/staff/ann%40acme.example/unassign?asOf=2025-12-01\"");
    }

    @Test
    void removingAtThePagesDate_leavesThePageAtThatDateInTheAddressBar() {
        UiClient.Reply staff = admin.htmxPost("/ui/clients/501/staff/ann%40acme.example/removal?asOf=2025-12-01",
                form());

        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.header("HX-Replace-Url")).isEqualTo("/ui/clients/501?asOf=2025-12-01");
        assertThat(staff.body()).contains("Ann Lee was removed from the client account and unassigned.",
                "Your standing on 2025-12-01");
    }

    @Test
    void anotherFormOpenedInTheWizardsPlace_dropsTheWizardFromTheAddressBar() {
        UiClient.Reply unassign = admin.htmxGet("/ui/clients/501/staff/ann%40acme.example/unassign?asOf=2025-12-01");
        UiClient.Reply add = admin.htmxGet("/ui/clients/501/staff/add");

        assertThat(unassign.header("HX-Replace-Url")).isEqualTo("/ui/clients/501?asOf=2025-12-01");
        assertThat(add.header("HX-Replace-Url")).isEqualTo("/ui/clients/501");
    }
}
