package com.managedmrr.web.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.managedmrr.web.ui.UiClient.form;
import static org.assertj.core.api.Assertions.assertThat;

/** The Activity log: the signed-in partner's audit trail, newest first, 50 a page, never another partner's. */
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

        assertThat(newest).contains("Point rate changed", "Internal system", "set the point unit of USD from ",
                " to 1 effective ");
        assertThat(newest(other.get("/ui/activity").body())).contains("Point rate changed");
    }

    private static String newest(String body) {
        String newest = body.substring(body.indexOf("class=\"activity-entry\""));
        return newest.substring(0, newest.indexOf("</tr>"));
    }

    @Test
    void theAdminRemovesTheLastEmployeeThere_activityLog_showsTheAdminAndTheEndFirst() {
        admin.get("/ui/clients/501");
        assertThat(admin.htmxPost("/ui/clients/501/staff/ann%40acme.example/removal", form()).status())
                .isEqualTo(200);

        UiClient.Reply page = admin.get("/ui/activity");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Activity log</h1>", "aria-current=\"page\">Activity log</a>");
        String newest = page.body().substring(page.body().indexOf("class=\"activity-entry\""));
        newest = newest.substring(0, newest.indexOf("</tr>"));
        assertThat(newest).contains(Scenario.ADMIN, "Remove employee from client", "501", "ann@acme.example",
                "removed ann@acme.example from client account 501",
                "unassigned ann@acme.example from 501",
                "ended the managed relationship with 501 (USERS_REMOVED_FROM_CLIENT)");
        assertThat(page.body()).contains("Internal system", "Add employees");
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
