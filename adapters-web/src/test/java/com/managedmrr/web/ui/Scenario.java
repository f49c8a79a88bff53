package com.managedmrr.web.ui;

import com.managedmrr.domain.model.SeatStatus;

import java.time.Duration;
import java.time.Instant;

/**
 * The data most UI tests share. Partner "acme" (admin {@value #ADMIN}) has employees Ann (assigned to Globex, 501,
 * with a fresh qualifying activity), Bo (assigned to Kagami, 502, JPY, whose credit expires within 14 days) and Cy
 * (assigned nowhere), and contractor Fay (a user in Initrode, 503, not linked). Partner "other" services its own
 * client, 601, which acme must never see.
 */
final class Scenario {

    static final String ADMIN = "admin@acme.example";
    static final String PASSWORD = "correct horse battery";
    static final String OTHER_ADMIN = "admin@other.example";
    static final String OTHER_PASSWORD = "another long password";

    private Scenario() {
    }

    /** Builds the scenario, living through the last 60 days, and leaves the clock at the test's present. */
    static void build(TestUi ui) {
        Instant now = ui.clock.now();
        ui.clock.set(now.minus(Duration.ofDays(60)));
        ui.given
                .partner("acme", "Acme Agency", "acme.example")
                .employee("acme", "ann@acme.example", "Ann Lee")
                .employee("acme", "bo@acme.example", "Bo Chen")
                .employee("acme", "cy@acme.example", "Cy Young")
                .contractor("acme", "fay@freelance.example", "Fay Ortiz")
                .admin("acme", ADMIN, PASSWORD)
                .client(501, "Globex", "USD", "1000.00")
                .client(502, "Kagami Robotics", "JPY", "450000")
                .client(503, "Initrode", "EUR", "800.00")
                .addEmployees("acme", 501, "ann@acme.example")
                .addEmployees("acme", 502, "bo@acme.example")
                .seat(503, "fay@freelance.example", SeatStatus.ACTIVE)
                .partner("other", "Other Co", "other.example")
                .employee("other", "zed@other.example", "Zed Zimmer")
                .admin("other", OTHER_ADMIN, OTHER_PASSWORD)
                .client(601, "Secret Client", "USD", "900.00")
                .addEmployees("other", 601, "zed@other.example");
        ui.clock.set(now.minus(Duration.ofDays(50)));
        ui.given.activity("bo-1", 502, "bo@acme.example", "EMAIL", "CREATE", ui.clock.now(), "email-1");
        ui.clock.set(now.minus(Duration.ofDays(10)));
        ui.given.activity("ann-1", 501, "ann@acme.example", "BLOG", "PUBLISH", ui.clock.now(), "post-9")
                .activity("zed-1", 601, "zed@other.example", "BLOG", "PUBLISH", ui.clock.now(), "secret-post");
        ui.clock.set(now);
    }

    /** A client signed in as acme's admin. */
    static UiClient signedIn(TestUi ui) {
        UiClient client = ui.client();
        UiClient.Reply reply = client.signIn(ADMIN, PASSWORD);
        if (reply.status() != 303) {
            throw new IllegalStateException("sign-in failed: " + reply);
        }
        return client;
    }
}
