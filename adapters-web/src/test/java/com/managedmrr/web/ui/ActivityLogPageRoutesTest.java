package com.managedmrr.web.ui;

import com.managedmrr.domain.model.SeatStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.managedmrr.web.ui.UiClient.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Activity log: the signed-in partner's audit trail, newest first, 50 a page, never another partner's; in
 * sentences with names; filtered on the server by kind, client, user, days and words, the URL keeping the filter;
 * an automatic assignment to many clients summed up in one line.
 */
class ActivityLogPageRoutesTest {

    private static final Pattern ENTRY = Pattern.compile("class=\"activity-entry\"");

    private TestUi ui;
    private UiClient admin;

    @BeforeEach
    void start() {
        ui = TestUi.start();
        Scenario.build(ui);
        admin = Scenario.signedIn(ui);
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private static int entries(String body) {
        Matcher matcher = ENTRY.matcher(body);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void theOperatorChangesAPointRate_everyPartnersActivityLog_showsItWithTheOldAndNewUnit() {
        ui.services.setPointRate().setPointRate(new com.managedmrr.application.catalogue.SetPointRateCommand("USD",
                new java.math.BigDecimal("1"))).toCompletableFuture().join();

        String newest = newest(admin.get("/ui/activity").body());
        UiClient other = ui.client();
        other.signIn(Scenario.OTHER_ADMIN, Scenario.OTHER_PASSWORD);

        assertThat(newest).contains("Changed a point rate", "Internal system",
                "The unit of USD changed from 100 to 1 USD a point, from ");
        assertThat(newest(other.get("/ui/activity").body())).contains("Changed a point rate");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static String newest(String body) {
        String newest = body.substring(body.indexOf("class=\"activity-entry\""));
        return newest.substring(0, newest.indexOf("</tr>"));
    }

    @Test
    void theAdminRemovesTheLastEmployeeThere_activityLog_saysSoInSentencesWithNamesFirst() {
        admin.get("/ui/clients/501");
        assertThat(admin.htmxPost("/ui/clients/501/staff/ann%40acme.example/removal", form()).status())
                .isEqualTo(200);

        UiClient.Reply page = admin.get("/ui/activity");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Activity log</h1>", "aria-current=\"page\">Activity log</a>");
        String newest = newest(page.body());
        assertThat(newest).contains(Scenario.ADMIN, "Removed Ann Lee from Globex (501): credit ended at once",
                "Globex (501)", "Ann Lee", "ann@acme.example",
                "Ann Lee lost their seat in Globex (501)",
                "Ann Lee was unassigned from Globex (501)",
                "Managed credit for Globex (501) ended at once: none of your users has a seat there any more");
        assertThat(page.body()).contains("Internal system", "Added Ann Lee to Globex (501)",
                "Ann Lee became a client user of Globex (501) with an active seat",
                "Ann Lee (ann@acme.example) joined the partner account as an employee");
    }

    @Test
    void seatsAndRemovals_activityLog_showNoCodes() {
        ui.given.seat(501, "ann@acme.example", SeatStatus.DEACTIVATED);
        admin.get("/ui/clients/501");
        assertThat(admin.htmxPost("/ui/clients/501/staff/ann%40acme.example/reactivation", form()).status())
                .isEqualTo(200);
        admin.htmxPost("/ui/clients/501/staff/ann%40acme.example/removal", form());

        String body = admin.get("/ui/activity").body();
        String table = body.substring(body.indexOf("<table"), body.indexOf("</table>"));

        assertThat(table).contains("Reactivated Ann Lee on Globex (501)",
                        "Ann Lee&#39;s seat in Globex (501) became active")
                .doesNotContain("USERS_REMOVED", "ACTIVE", "EMPLOYEE", "CONTRACTOR", "client account 50",
                        "reactivated ann");
    }

    @Test
    void anyEntry_activityLog_showsItsDateOnOneLineWithTheFullInstantInItsTitle() {
        String body = admin.get("/ui/activity").body();

        Matcher date = Pattern.compile("<td class=\"date\"><time datetime=\"(\\d{4}-\\d{2}-\\d{2}T[^\"]+Z)\" "
                + "title=\"(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC)\">(\\d{1,2} [A-Z][a-z]{2}(?: \\d{4})?, "
                + "\\d{2}:\\d{2})</time></td>").matcher(body);
        assertThat(date.find()).as(body).isTrue();
        assertThat(date.group(3)).hasSizeLessThanOrEqualTo(18);
        assertThat(body).contains("When (UTC)");
    }

    @Test
    void anEmployeeJoinsWithSeatsInManyClients_activityLog_showsOneEntrySummingUpTheAutomaticAssignments() {
        for (int i = 0; i < 30; i++) {
            ui.given.client(7000 + i, "Many " + i, "USD", "10.00").seat(7000 + i, "dan@acme.example",
                    SeatStatus.ACTIVE);
        }
        ui.given.employee("acme", "dan@acme.example", "Dan Park");

        String newest = newest(admin.get("/ui/activity").body());

        assertThat(newest).contains("Saved partner user Dan Park",
                "Dan Park (dan@acme.example) joined the partner account as an employee",
                "<summary>Dan Park was assigned automatically to 30 clients</summary>",
                "<li>Many 0 (7000)</li>", "<li>Many 29 (7029)</li>");
        assertThat(count(newest, "<details")).isEqualTo(1);
        assertThat(count(newest, "assigned automatically")).isEqualTo(1);
    }

    @Test
    void theKindFilter_activityLog_showsOnlyThatKindAndKeepsItChosen() {
        UiClient.Reply page = admin.get("/ui/activity?action=EMPLOYEES_ADDED");

        assertThat(page.status()).isEqualTo(200);
        assertThat(entries(page.body())).isEqualTo(2);
        assertThat(page.body()).contains("Added Ann Lee to Globex (501)", "Added Bo Chen to Kagami Robotics (502)",
                        "<option value=\"EMPLOYEES_ADDED\" selected=\"selected\">Add employees</option>",
                        "href=\"/ui/activity\" class=\"clear-filters\"")
                .doesNotContain("Saved partner user");
    }

    @Test
    void theClientFilter_activityLog_showsOnlyEntriesAboutThatClient() {
        String body = admin.get("/ui/activity?client=502").body();

        assertThat(entries(body)).isGreaterThan(0);
        assertThat(body).contains("Kagami Robotics (502)").doesNotContain("Globex (501)", "Initrode (503)");
    }

    @Test
    void theUserFilter_activityLog_showsOnlyEntriesAboutThatUser() {
        String body = admin.get("/ui/activity?user=bo%40acme.example").body();

        assertThat(entries(body)).isEqualTo(2);
        assertThat(body).contains("Bo Chen").doesNotContain("Ann Lee", "Cy Young", "Fay Ortiz");
    }

    @Test
    void aDateRange_activityLog_showsOnlyEntriesOfThoseDays() {
        ui.given.employee("acme", "new@acme.example", "New Hire");
        String today = Formats.date(ui.clock.now());
        String longAgo = Formats.date(ui.clock.now().minus(Duration.ofDays(60)));

        String recent = admin.get("/ui/activity?from=" + today + "&to=" + today).body();
        String old = admin.get("/ui/activity?from=" + longAgo + "&to=" + longAgo).body();

        assertThat(entries(recent)).isEqualTo(1);
        assertThat(recent).contains("New Hire");
        assertThat(entries(old)).isGreaterThan(4);
        assertThat(old).contains("Ann Lee").doesNotContain("New Hire");
    }

    @Test
    void aSearch_activityLog_findsEntriesByClientNameUserNameOrWords() {
        String byClientName = admin.get("/ui/activity?q=kagami").body();
        String byUserName = admin.get("/ui/activity?q=Ortiz").body();

        assertThat(entries(byClientName)).isGreaterThan(0);
        assertThat(byClientName).contains("Kagami Robotics (502)").doesNotContain("Globex (501)");
        assertThat(entries(byUserName)).isGreaterThan(0);
        assertThat(byUserName).contains("Fay Ortiz").doesNotContain("Bo Chen");
    }

    @Test
    void nothingMatches_activityLog_saysSoAndOffersToClearTheFilters() {
        UiClient.Reply page = admin.get("/ui/activity?q=nothing+like+this&action=UNASSIGNED");

        assertThat(page.status()).isEqualTo(200);
        assertThat(entries(page.body())).isZero();
        assertThat(page.body()).contains("No entry matches these filters.",
                        "<a href=\"/ui/activity\">Clear filters</a>", "value=\"nothing like this\"")
                .doesNotContain("<table");
    }

    @Test
    void aFilterThatCannotBeRead_activityLog_namesItAndShowsTheRest() {
        UiClient.Reply page = admin.get("/ui/activity?client=abc&user=bo%40acme.example&from=2026-13-01");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("A Hub ID is a positive whole number.", "Enter a date as YYYY-MM-DD.",
                "Bo Chen").doesNotContain("Ann Lee");
    }

    @Test
    void anotherPartnersEntries_activityLogFilters_neverFindThem() {
        assertThat(entries(admin.get("/ui/activity?client=601").body())).isZero();
        assertThat(entries(admin.get("/ui/activity?q=zed").body())).isZero();
        assertThat(entries(admin.get("/ui/activity?user=zed%40other.example").body())).isZero();
    }

    @Test
    void anotherPartnersCommands_activityLog_neverShowsThem() {
        UiClient.Reply page = admin.get("/ui/activity?before=999999");

        assertThat(page.status()).isEqualTo(200);
        assertThat(entries(page.body())).isGreaterThan(0);
        assertThat(page.body()).doesNotContain("zed@other.example", "Other Co", "other.example", "601",
                Scenario.OTHER_ADMIN);

        UiClient other = ui.client();
        assertThat(other.signIn(Scenario.OTHER_ADMIN, Scenario.OTHER_PASSWORD).status()).isEqualTo(303);
        UiClient.Reply othersPage = other.get("/ui/activity");
        assertThat(othersPage.body()).contains("zed@other.example")
                .doesNotContain("ann@acme.example", "fay@freelance.example", Scenario.ADMIN);
    }

    @Test
    void moreThanAPageOfFilteredEntries_activityLog_pagesBackwardsKeepingTheFilter() {
        for (int i = 0; i < 60; i++) {
            ui.given.employee("acme", "temp" + i + "@acme.example", "Temp " + i);
        }

        UiClient.Reply first = admin.get("/ui/activity?action=PARTNER_USER_UPSERTED&q=temp");
        assertThat(entries(first.body())).isEqualTo(50);
        Matcher older = Pattern.compile(
                "href=\"(/ui/activity\\?action=PARTNER_USER_UPSERTED&amp;q=temp&amp;before=\\d+)\" rel=\"next\"")
                .matcher(first.body());
        assertThat(older.find()).as(first.body()).isTrue();

        UiClient.Reply second = admin.get(older.group(1).replace("&amp;", "&"));
        assertThat(entries(second.body())).isEqualTo(10);
        assertThat(second.body()).contains("Temp 0", "href=\"/ui/activity?action=PARTNER_USER_UPSERTED&amp;q=temp\" "
                + "rel=\"first\"").doesNotContain("Temp 59", "rel=\"next\"");
    }

    @Test
    void moreThanAPageOfEntries_activityLog_pagesBackwardsFiftyAtATime() {
        for (int i = 0; i < 60; i++) {
            ui.given.employee("acme", "temp" + i + "@acme.example", "Temp " + i);
        }

        UiClient.Reply first = admin.get("/ui/activity");
        assertThat(entries(first.body())).isEqualTo(50);
        assertThat(first.body()).contains("temp59@acme.example").doesNotContain("temp9@acme.example<");
        Matcher older = Pattern.compile("href=\"(/ui/activity\\?before=\\d+)\" rel=\"next\"").matcher(first.body());
        assertThat(older.find()).isTrue();

        UiClient.Reply second = admin.get(older.group(1));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).contains("temp9@acme.example", "rel=\"first\"").doesNotContain("temp59@acme.example");
        assertThat(entries(first.body()) + entries(second.body())).isGreaterThan(60);
    }

    @Test
    void noSession_activityLog_sendsToSignIn() {
        assertThat(ui.client().get("/ui/activity").status()).isEqualTo(303);
    }
}
