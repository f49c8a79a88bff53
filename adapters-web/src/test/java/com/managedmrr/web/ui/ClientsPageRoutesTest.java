package com.managedmrr.web.ui;

import com.managedmrr.domain.model.SeatStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.managedmrr.web.ui.PointsPageRoutesTest.count;
import static com.managedmrr.web.ui.UiClient.form;
import static org.assertj.core.api.Assertions.assertThat;

class ClientsPageRoutesTest {

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

    // Clients tab

    @Test
    void clientsTab_listsEveryClientWithItsAssignedStaff() {
        UiClient.Reply page = admin.get("/ui/clients");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Client Access Manager</h1>", "aria-current=\"page\">Clients</a>")
                .contains("<label for=\"client-q\">Search clients</label>")
                .doesNotContain("Secret Client");
        assertThat(group(page.body(), "client-501")).contains(">Globex</a>", "Ann Lee", "Add employees");
        assertThat(group(page.body(), "client-502")).contains(">Kagami Robotics</a>", "Bo Chen");
    }

    @Test
    void htmxSearch_answersTheRowsPartial() {
        UiClient.Reply partial = admin.htmxGet("/ui/clients?q=glob");

        assertThat(partial.status()).isEqualTo(200);
        assertThat(partial.body()).doesNotContain("<html").contains(">Globex</a>").doesNotContain("Kagami")
                .contains(">Showing 1 client<").doesNotContain("1 clients");
        assertThat(partial.header("HX-Push-Url")).isEqualTo("/ui/clients?q=glob");
        assertThat(admin.htmxGet("/ui/clients?q=&page=").header("HX-Push-Url")).isEqualTo("/ui/clients");
    }

    @Test
    void aSearchTooLong_answers422WithTheMessageNextToTheField_andPushesNoUrl() {
        String tooLong = "x".repeat(201);

        UiClient.Reply partial = admin.htmxGet("/ui/clients?q=" + tooLong);
        UiClient.Reply page = admin.get("/ui/clients?q=" + tooLong);

        assertThat(partial.status()).isEqualTo(422);
        assertThat(partial.body()).contains("id=\"client-q-error\" class=\"error\" hx-swap-oob=\"true\">Search for at"
                + " most 200 characters.<").contains(">Globex</a>", ">Kagami Robotics</a>");
        assertThat(partial.header("HX-Push-Url")).isEqualTo("false");
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"client-q-error\" class=\"error\">Search for at most 200 characters.<")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void addEmployeesForm_offersTheEmployeesNotYetAssigned_eachWithALabel() {
        UiClient.Reply form = admin.htmxGet("/ui/clients/501/add-employees");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).startsWith("<tbody id=\"client-501\"")
                .contains("Add employees to <span>Globex</span>")
                .contains("value=\"bo@acme.example\"", "value=\"cy@acme.example\"")
                .doesNotContain("value=\"ann@acme.example\"", "fay@freelance.example")
                .contains("<label for=\"add-501-0\">", "<label for=\"add-501-1\">");
    }

    @Test
    void addEmployees_assignsThemAndAddsTheirSeats() {
        UiClient.Reply reply = admin.htmxPost("/ui/clients/501/employees",
                form("email", "bo@acme.example", "email", "cy@acme.example"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).startsWith("<tbody id=\"client-501\"")
                .contains("Bo Chen, Cy Young are now assigned to Globex.")
                .contains("Added as active users in the client account: Bo Chen, Cy Young.");
        assertThat(group(admin.get("/ui/clients").body(), "client-501")).contains("Ann Lee", "Bo Chen", "Cy Young");
        assertThat(reply.header(UiClient.CSRF)).isNotBlank();
    }

    @Test
    void addEmployees_withNobodyPicked_answers422WithTheMessageInTheForm() {
        UiClient.Reply reply = admin.htmxPost("/ui/clients/501/employees", form());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("id=\"client-501-panel-error\">Pick at least one employee.<")
                .contains("Add employees to");
    }

    @Test
    void addEmployees_withAContractor_refusesTheWholeRequest_422() {
        UiClient.Reply reply = admin.htmxPost("/ui/clients/501/employees",
                form("email", "cy@acme.example", "email", "fay@freelance.example"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("nothing was changed").contains("is a contractor, not an employee");
        assertThat(group(admin.get("/ui/clients").body(), "client-501")).doesNotContain("Cy Young");
    }

    @Test
    void addEmployees_withoutCsrfToken_isRefused403() {
        UiClient.Reply reply = admin.postWithoutToken("/ui/clients/501/employees", form("email", "bo@acme.example"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(group(admin.get("/ui/clients").body(), "client-501")).doesNotContain("Bo Chen");
    }

    @Test
    void addEmployees_withoutScript_redirects303ToTheClientsTab() {
        UiClient.Reply reply = admin.post("/ui/clients/501/employees", form("email", "bo@acme.example"));

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/ui/clients");
    }

    @Test
    void anotherPartnersClient_isNotFound_whateverTheUrl() {
        assertThat(admin.get("/ui/clients/601").status()).isEqualTo(404);
        assertThat(admin.get("/ui/clients/601").body()).doesNotContain("Secret Client");
        assertThat(admin.htmxGet("/ui/clients/601/add-employees").status()).isEqualTo(404);
        assertThat(admin.htmxPost("/ui/clients/601/employees", form("email", "cy@acme.example")).status())
                .isEqualTo(404);
        assertThat(admin.htmxPost("/ui/clients/601/staff/zed%40other.example/reactivation", form()).status())
                .isEqualTo(404);
        assertThat(admin.htmxGet("/ui/clients/601/staff/zed%40other.example/removal").status()).isEqualTo(404);
        assertThat(admin.htmxPost("/ui/clients/601/staff/zed%40other.example/removal", form()).status())
                .isEqualTo(404);
        assertThat(admin.get("/ui/clients/999999").status()).isEqualTo(404);
        assertThat(admin.get("/ui/clients/not-a-hub").status()).isEqualTo(404);
    }

    @Test
    void anotherPartnersUser_onOurClient_isNotFound() {
        assertThat(admin.htmxGet("/ui/clients/501/staff/zed%40other.example/removal").status()).isEqualTo(404);
        assertThat(admin.htmxPost("/ui/clients/501/staff/zed%40other.example/removal", form()).status())
                .isEqualTo(404);
    }

    // a client's page

    @Test
    void clientPage_listsThePartnersUsersWithTheirStatusAndAssignment() {
        ui.given.seat(501, "cy@acme.example", SeatStatus.DEACTIVATED);

        UiClient.Reply page = admin.get("/ui/clients/501");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Globex</h1>", "1,000.00\u00a0USD")
                .contains("<dd id=\"servicing-now\">You are servicing this client</dd>")
                .doesNotContain("hx-swap-oob");
        assertThat(userRow(page.body(), "ann@acme.example")).contains(">Active<", ">Yes<")
                .contains("Remove employee from client").doesNotContain("Reactivate user on client");
        assertThat(userRow(page.body(), "cy@acme.example")).contains(">Deactivated<", "Reactivate user on client");
    }

    // a client's page: the standing at the page's date

    @Test
    void clientPage_showsThePartnersStandingToday_withTheLinkToTheExplanation() {
        UiClient.Reply page = admin.get("/ui/clients/501");

        assertThat(page.status()).isEqualTo(200);
        assertThat(standing(page.body()))
                .contains("<h2 id=\"standing-heading\">Your standing today, 2026-01-05</h2>")
                .contains("<dd id=\"servicing-now\">You are servicing this client</dd>")
                .contains("id=\"standing-credit\">1,000.00\u00a0USD<", "id=\"standing-points\">10.00<",
                        "id=\"standing-shared\">1 partner (you included)<", "id=\"standing-expires\">2026-02-24<",
                        "id=\"standing-last\">2025-12-26<")
                .contains("href=\"/ui/points?q=501\"");
    }

    @Test
    void clientPage_atAPastDate_showsTheStandingThen_andKeepsTheDateInItsLinksAndActions() {
        UiClient.Reply page = admin.get("/ui/clients/501?asOf=2025-12-01");

        assertThat(page.status()).isEqualTo(200);
        assertThat(standing(page.body()))
                .contains("<h2 id=\"standing-heading\">Your standing on 2025-12-01</h2>")
                .contains("<dd id=\"servicing-now\">You are not servicing this client</dd>")
                .contains("id=\"standing-credit\">0.00\u00a0USD<", "id=\"standing-points\">0.00<",
                        "id=\"standing-shared\">—<", "id=\"standing-expires\">—<")
                .contains("href=\"/ui/points?q=501&amp;asOf=2025-12-01\"");
        assertThat(page.body()).contains("value=\"2025-12-01\"");
        assertThat(userRow(page.body(), "ann@acme.example"))
                .contains("hx-get=\"/ui/clients/501/staff/ann%40acme.example/unassign?asOf=2025-12-01\"");
    }

    @Test
    void clientPage_atAFutureDate_isAProjection_afterTheCreditExpired() {
        UiClient.Reply page = admin.get("/ui/clients/501?asOf=2026-03-01");

        assertThat(standing(page.body())).contains("Your standing on 2026-03-01 (projection)")
                .contains("You are not servicing this client");
    }

    @Test
    void clientPage_withADateItCannotShow_answers422WithTheMessageNextToTheField_andTodaysStanding() {
        UiClient.Reply page = admin.get("/ui/clients/501?asOf=2026-13-45");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"asOf-error\" class=\"error\">Enter a date as YYYY-MM-DD.<")
                .contains("aria-invalid=\"true\"");
        assertThat(standing(page.body())).contains("Your standing today, 2026-01-05", "1,000.00\u00a0USD");
    }

    @Test
    void aDeactivatedUser_rowSaysWhenCreditLapsesUnlessReactivated_orThatNothingOfTheirsCounts() {
        ui.given.seat(501, "ann@acme.example", SeatStatus.DEACTIVATED)
                .seat(501, "cy@acme.example", SeatStatus.DEACTIVATED);

        UiClient.Reply page = admin.get("/ui/clients/501");

        assertThat(userRow(page.body(), "ann@acme.example")).contains(">Deactivated<")
                .contains("Credit from their activities lapses on 2026-02-24 unless they are reactivated and active"
                        + " again.");
        assertThat(userRow(page.body(), "cy@acme.example"))
                .contains("Their activities do not count while their seat is deactivated.")
                .doesNotContain("lapses");
        assertThat(userRow(admin.get("/ui/clients/502").body(), "bo@acme.example")).doesNotContain("seat-note");
    }

    // a client's page: Unassign

    @Test
    void unassign_asksFirst_sayingItDoesNotEndCreditAtOnce() {
        ui.given.seat(501, "fay@freelance.example", SeatStatus.ACTIVE); // a contractor is never assigned by a seat

        UiClient.Reply step = admin.htmxGet("/ui/clients/501/staff/ann%40acme.example/unassign");

        assertThat(step.status()).isEqualTo(200);
        assertThat(step.body()).doesNotContain("<html")
                .contains("Unassign <span>Ann Lee</span>", "from <span>Globex</span>?")
                .contains("stays a user in the client account")
                .contains("This does not end your credit at once")
                .contains("hx-post=\"/ui/clients/501/staff/ann%40acme.example/unassign\"", "data-autofocus");
        assertThat(userRow(admin.get("/ui/clients/501").body(), "fay@freelance.example")).contains(">No<")
                .doesNotContain(">Unassign<");
    }

    @Test
    void unassign_endsTheAssignment_keepsTheSeat_andTheCreditGoesOn() {
        admin.get("/ui/clients/501");

        UiClient.Reply staff = admin.htmxPost("/ui/clients/501/staff/ann%40acme.example/unassign", form());

        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.body()).doesNotContain("<html")
                .contains("Ann Lee is unassigned from Globex (501). Their seat in the client account stays, and your"
                        + " credit does not end at once.")
                .contains(OOB_STANDING);
        assertThat(userRow(staff.body(), "ann@acme.example")).contains(">Active<", ">No<")
                .doesNotContain("class=\"unassign\"");
        assertThat(standing(staff.body())).contains("You are servicing this client", "1,000.00\u00a0USD");
        assertThat(PointsPageRoutesTest.rowOf(admin.get("/ui/points").body(), 501)).contains(">10.00<");
    }

    @Test
    void unassign_withoutScript_redirects303ToTheClientsPageAtItsDate() {
        admin.get("/ui/clients/501");

        UiClient.Reply reply = admin.post("/ui/clients/501/staff/ann%40acme.example/unassign?asOf=2025-12-01", form());

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/ui/clients/501?asOf=2025-12-01");
        assertThat(userRow(admin.get("/ui/clients/501").body(), "ann@acme.example")).contains(">No<");
    }

    @Test
    void unassign_withoutCsrfToken_isRefused403() {
        assertThat(admin.postWithoutToken("/ui/clients/501/staff/ann%40acme.example/unassign", form()).status())
                .isEqualTo(403);
        assertThat(userRow(admin.get("/ui/clients/501").body(), "ann@acme.example")).contains(">Yes<");
    }

    @Test
    void unassign_onAnotherPartnersClientOrUser_isNotFound() {
        assertThat(admin.htmxGet("/ui/clients/601/staff/zed%40other.example/unassign").status()).isEqualTo(404);
        assertThat(admin.htmxPost("/ui/clients/601/staff/zed%40other.example/unassign", form()).status())
                .isEqualTo(404);
        assertThat(admin.htmxPost("/ui/clients/501/staff/zed%40other.example/unassign", form()).status())
                .isEqualTo(404);
    }

    // a client's page: Add employees

    @Test
    void addEmployeesOnTheClientPage_offersTheEmployeesNotYetAssigned() {
        UiClient.Reply form = admin.htmxGet("/ui/clients/501/staff/add");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).doesNotContain("<html").contains("Add employees to <span>Globex</span>")
                .contains("value=\"bo@acme.example\"", "value=\"cy@acme.example\"")
                .doesNotContain("value=\"ann@acme.example\"", "fay@freelance.example")
                .contains("hx-post=\"/ui/clients/501/staff\"", "data-autofocus");
    }

    @Test
    void addEmployeesOnTheClientPage_assignsThem_andShowsTheStaffWithTheMessage() {
        admin.get("/ui/clients/501");

        UiClient.Reply staff = admin.htmxPost("/ui/clients/501/staff", form("email", "bo@acme.example"));

        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.body()).doesNotContain("<html")
                .contains("Bo Chen is now assigned to Globex (501).")
                .contains("Added as active users in the client account: Bo Chen.")
                .contains(OOB_STANDING);
        assertThat(userRow(staff.body(), "bo@acme.example")).contains(">Active<", ">Yes<");
    }

    @Test
    void addEmployeesOnTheClientPage_withAContractor_refusesTheWholeRequest_422_withTheFormAgain() {
        admin.get("/ui/clients/501");

        UiClient.Reply staff = admin.htmxPost("/ui/clients/501/staff",
                form("email", "cy@acme.example", "email", "fay@freelance.example"));

        assertThat(staff.status()).isEqualTo(422);
        assertThat(staff.body()).contains("nothing was changed").contains("is a contractor, not an employee")
                .contains("Add employees to <span>Globex</span>", "id=\"add-employees-error\"");
        assertThat(admin.get("/ui/clients/501").body()).doesNotContain("data-email=\"cy@acme.example\"");
    }

    @Test
    void addEmployeesOnTheClientPage_withNobodyPicked_answers422WithTheMessageInTheForm() {
        UiClient.Reply staff = admin.htmxPost("/ui/clients/501/staff", form());

        assertThat(staff.status()).isEqualTo(422);
        assertThat(staff.body()).contains("id=\"add-employees-error\">Pick at least one employee.<");
    }

    @Test
    void addEmployeesOnTheClientPage_withoutScript_redirects303ToTheClientsPage() {
        UiClient.Reply reply = admin.post("/ui/clients/501/staff", form("email", "bo@acme.example"));

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/ui/clients/501");
        assertThat(userRow(admin.get("/ui/clients/501").body(), "bo@acme.example")).contains(">Yes<");
    }

    @Test
    void addEmployeesOnAnotherPartnersClient_isNotFound() {
        assertThat(admin.htmxGet("/ui/clients/601/staff/add").status()).isEqualTo(404);
        assertThat(admin.htmxPost("/ui/clients/601/staff", form("email", "cy@acme.example")).status())
                .isEqualTo(404);
    }

    @Test
    void reactivate_setsTheSeatActiveAgain() {
        ui.given.seat(501, "cy@acme.example", SeatStatus.DEACTIVATED);
        admin.get("/ui/clients/501");

        UiClient.Reply staff = admin.htmxPost("/ui/clients/501/staff/cy%40acme.example/reactivation", form());

        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.body()).doesNotContain("<html")
                .contains("Cy Young is an active user in the client account again.");
        assertThat(userRow(staff.body(), "cy@acme.example")).contains(">Active<");
    }

    @Test
    void reactivate_withoutScript_redirects303ToTheClientsPage() {
        ui.given.seat(501, "cy@acme.example", SeatStatus.DEACTIVATED);
        admin.get("/ui/clients/501");

        UiClient.Reply reply = admin.post("/ui/clients/501/staff/cy%40acme.example/reactivation", form());

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/ui/clients/501");
        assertThat(userRow(admin.get("/ui/clients/501").body(), "cy@acme.example")).contains(">Active<");
    }

    @Test
    void reactivate_afterTheClientRemovedTheSeat_answers422WithTheStaffAsTheyAreNow() {
        ui.given.seat(501, "cy@acme.example", SeatStatus.DEACTIVATED);
        admin.get("/ui/clients/501");
        ui.given.removeSeat(501, "cy@acme.example");

        UiClient.Reply staff = admin.htmxPost("/ui/clients/501/staff/cy%40acme.example/reactivation", form());

        assertThat(staff.status()).isEqualTo(422);
        assertThat(staff.header("HX-Retarget")).isNull();
        assertThat(staff.body()).doesNotContain("<html")
                .contains("id=\"staff-error\">cy@acme.example is not a user in client account 501, so there is nothing"
                        + " to reactivate.<")
                .contains(OOB_STANDING);
        assertThat(standing(staff.body())).contains("<dd id=\"servicing-now\">You are servicing this client</dd>");
        assertThat(userRow(staff.body(), "cy@acme.example")).contains(">Not a user<").doesNotContain("Reactivate");
    }

    @Test
    void reactivate_ofAUserWithNoSeat_withoutScript_showsTheErrorPage422() {
        admin.get("/ui/clients/501");

        UiClient.Reply reply = admin.post("/ui/clients/501/staff/cy%40acme.example/reactivation", form());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("<h1>Not possible</h1>", "cy@acme.example is not a user in client account 501");
    }

    @Test
    void reactivate_withoutCsrfToken_isRefused403() {
        ui.given.seat(501, "cy@acme.example", SeatStatus.DEACTIVATED);

        assertThat(admin.postWithoutToken("/ui/clients/501/staff/cy%40acme.example/reactivation", form()).status())
                .isEqualTo(403);
    }

    @Test
    void removalWizard_stepOne_showsTheAccessLostAndTheAssetsAffected() {
        UiClient.Reply step = admin.htmxGet("/ui/clients/501/staff/ann%40acme.example/removal");

        assertThat(step.status()).isEqualTo(200);
        assertThat(step.body()).contains("Step 1 of 2", "Remove <span>Ann Lee</span>", "Hub ID 501", "post-9",
                ">Next</button>");
    }

    @Test
    void removalWizard_stepTwo_warnsWhenItEndsTheManagedRelationshipNow() {
        UiClient.Reply step = admin.htmxGet("/ui/clients/501/staff/ann%40acme.example/removal/review");

        assertThat(step.body()).contains("Step 2 of 2", "id=\"ends-warning\"",
                "This ends your managed relationship with Globex now.", ">Remove Ann Lee from Globex</button>");
    }

    @Test
    void removalWizard_stepTwo_doesNotWarnWhenAnotherUserRemains() {
        ui.given.addEmployees("acme", 501, "cy@acme.example");

        UiClient.Reply step = admin.htmxGet("/ui/clients/501/staff/ann%40acme.example/removal/review");

        assertThat(step.body()).doesNotContain("ends-warning").contains("id=\"continues-note\"");
    }

    @Test
    void removalWizard_done_removesTheSeatAndAssignment_andEndsTheRelationship() {
        admin.get("/ui/clients/501");

        UiClient.Reply staff = admin.htmxPost("/ui/clients/501/staff/ann%40acme.example/removal", form());

        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.body()).contains("Ann Lee was removed from the client account and unassigned.")
                .contains("Your managed relationship with this client ended now.")
                .doesNotContain("data-email=\"ann@acme.example\"");
        assertThat(staff.body()).contains(OOB_STANDING);
        assertThat(standing(staff.body())).contains("<dd id=\"servicing-now\">You are not servicing this client</dd>")
                .contains("id=\"standing-credit\">0.00\u00a0USD<");
        assertThat(admin.htmxGet("/ui/points/501/explanation").body())
                .contains("Ended on 2026-01-05 09:00 UTC: the last of your users was removed from the client account.");
        assertThat(PointsPageRoutesTest.rowOf(admin.get("/ui/points").body(), 501))
                .contains("class=\"idle\"", ">1,000.00<", ">0.00<", ">0<", ">—<").doesNotContain(">10.00<");
    }

    @Test
    void removalWizard_done_whenAnotherUserRemains_endsNothingAtOnce() {
        ui.given.addEmployees("acme", 501, "cy@acme.example");
        admin.get("/ui/clients/501");

        UiClient.Reply staff = admin.htmxPost("/ui/clients/501/staff/ann%40acme.example/removal", form());

        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.body()).contains("Ann Lee was removed from the client account and unassigned.")
                .doesNotContain("ended now")
                .contains(OOB_STANDING);
        assertThat(standing(staff.body())).contains("<dd id=\"servicing-now\">You are servicing this client</dd>");
        assertThat(userRow(staff.body(), "cy@acme.example")).contains(">Active<");
        assertThat(PointsPageRoutesTest.rowOf(admin.get("/ui/points").body(), 501)).contains(">10.00<");
    }

    @Test
    void removalWizard_done_withoutScript_redirects303ToTheClientsPage() {
        admin.get("/ui/clients/501");

        UiClient.Reply reply = admin.post("/ui/clients/501/staff/ann%40acme.example/removal", form());

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/ui/clients/501");
        assertThat(admin.get("/ui/clients/501").body()).doesNotContain("data-email=\"ann@acme.example\"");
    }

    @Test
    void removalWizard_done_withoutCsrfToken_isRefused403() {
        assertThat(admin.postWithoutToken("/ui/clients/501/staff/ann%40acme.example/removal", form()).status())
                .isEqualTo(403);
        assertThat(userRow(admin.get("/ui/clients/501").body(), "ann@acme.example")).contains(">Active<");
    }

    @Test
    void csrfToken_turnsOver_andTheOldOneNoLongerWorks() {
        String old = admin.csrfToken();
        ui.given.seat(501, "cy@acme.example", SeatStatus.DEACTIVATED);
        admin.htmxPost("/ui/clients/501/staff/cy%40acme.example/reactivation", form());
        String fresh = admin.csrfToken();
        assertThat(fresh).isNotEqualTo(old);

        admin.setCsrfToken(old);

        assertThat(admin.htmxPost("/ui/clients/501/employees", form("email", "bo@acme.example")).status())
                .isEqualTo(403);
    }

    @Test
    void anHtmxFailure_answersPlainTextForTheAlertRegion() {
        UiClient.Reply reply = admin.htmxGet("/ui/clients/601/add-employees");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("text/plain");
        assertThat(reply.body()).isEqualTo("There is nothing here, or it belongs to another partner.");
    }

    @Test
    void aPageFailure_rendersTheErrorPage() {
        UiClient.Reply reply = admin.get("/ui/no-such-page");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).contains("<h1>Not found</h1>");
    }

    @Test
    void manyClients_arePaged() {
        for (int i = 0; i < 60; i++) {
            ui.given.client(20_000 + i, "Bulk client " + i, "EUR", "10.00").addEmployees("acme", 20_000 + i,
                    "cy@acme.example");
        }

        UiClient.Reply page = admin.get("/ui/clients");

        assertThat(count(page.body(), "class=\"row-group\"")).isEqualTo(50);
        assertThat(page.body()).contains("Showing 1–50 of 62 clients", "href=\"/ui/clients?page=2\"");
    }

    @Test
    void aClientWhereTheLastUserLeftLongAgo_stillHasItsPage() {
        admin.htmxPost("/ui/clients/501/staff/ann%40acme.example/removal", form());
        ui.clock.advance(Duration.ofDays(1));

        assertThat(admin.get("/ui/clients/501").status()).isEqualTo(200);
    }

    static final String OOB_STANDING = "<section id=\"standing\" class=\"standing\" aria-labelledby=\"standing-heading\""
            + " hx-swap-oob=\"true\">";

    static String standing(String html) {
        int start = html.indexOf("<section id=\"standing\"");
        assertThat(start).as("the standing").isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    static String group(String html, String id) {
        int start = html.indexOf("<tbody id=\"" + id + "\"");
        assertThat(start).as("group " + id).isNotNegative();
        return html.substring(start, html.indexOf("</tbody>", start));
    }

    static String userRow(String html, String email) {
        int start = html.indexOf("data-email=\"" + email + "\"");
        assertThat(start).as("row of " + email).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
