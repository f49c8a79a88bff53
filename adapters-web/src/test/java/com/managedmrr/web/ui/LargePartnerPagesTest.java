package com.managedmrr.web.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.managedmrr.web.ui.PointsPageRoutesTest.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner with 2,000 clients: every page shows one page of 50 rows. How fast is measured by the benchmarks
 * (the Points page of the largest partner), not here.
 */
class LargePartnerPagesTest {

    static final int CLIENTS = 2_000;
    private static TestUi ui;
    private static UiClient admin;

    @BeforeAll
    static void start() {
        ui = TestUi.start();
        ui.clock.set(ui.clock.now().minus(Duration.ofDays(30)));
        ui.given.partner("big", "Big Agency", "big.example")
                .employee("big", "ann@big.example", "Ann Lee")
                .contractor("big", "fay@freelance.example", "Fay Ortiz")
                .admin("big", "admin@big.example", "a long enough password");
        String[] currencies = {"USD", "EUR", "GBP", "JPY", "AUD"};
        for (int i = 0; i < CLIENTS; i++) {
            String currency = currencies[i % currencies.length];
            ui.given.client(100_000 + i, "Client " + i, currency, currency.equals("JPY") ? "100000" : "1000.00");
        }
        for (int i = 0; i < CLIENTS; i++) {
            ui.given.addEmployees("big", 100_000 + i, "ann@big.example");
        }
        ui.clock.set(ui.clock.now().plus(Duration.ofDays(20)));
        for (int i = 0; i < CLIENTS; i += 3) {
            ui.given.activity("a-" + i, 100_000 + i, "ann@big.example", "BLOG", "PUBLISH", ui.clock.now(), "post-" + i);
        }
        ui.clock.set(ui.clock.now().plus(Duration.ofDays(10)));
        admin = ui.client();
        assertThat(admin.signIn("admin@big.example", "a long enough password").status()).isEqualTo(303);
    }

    @AfterAll
    static void stop() {
        ui.close();
    }

    @Test
    void pointsBreakdown_showsFiftyRows_ofTwoThousand() {
        UiClient.Reply page = admin.get("/ui/points");

        assertThat(count(page.body(), "class=\"row-group\"")).isEqualTo(50);
        assertThat(page.body()).contains("Showing 1–50 of 2,000 clients", "Page 1 of 40");
        assertThat(page.body().length()).isLessThan(200_000);
    }

    @Test
    void search_andTheLastPage_showOnePageToo() {
        UiClient.Reply search = admin.htmxGet("/ui/points?q=client%2019");
        UiClient.Reply last = admin.htmxGet("/ui/points?page=40");

        assertThat(search.body()).contains("of 111 clients");
        assertThat(count(last.body(), "class=\"row-group\"")).isEqualTo(50);
    }

    @Test
    void clientsTab_andTheChart_showOnePage() {
        UiClient.Reply clients = admin.get("/ui/clients");
        UiClient.Reply chart = admin.htmxGet("/ui/points/chart");
        UiClient.Reply employees = admin.get("/ui/employees");

        assertThat(count(clients.body(), "class=\"row-group\"")).isEqualTo(50);
        assertThat(clients.body()).contains("Showing 1–50 of 2,000 clients");
        assertThat(chart.status()).isEqualTo(200);
        assertThat(employees.status()).isEqualTo(200);
    }
}
