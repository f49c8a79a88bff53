package com.managedmrr.web.ui;

import com.managedmrr.domain.model.SeatStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.managedmrr.web.ui.ClientsPageRoutesTest.group;
import static com.managedmrr.web.ui.ClientsPageRoutesTest.standing;
import static com.managedmrr.web.ui.ClientsPageRoutesTest.userRow;
import static com.managedmrr.web.ui.UiClient.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Client Access Manager in Polish: its tabs, a client's page with its standing (Polish money and dates), Add
 * employees, Link clients, Unassign, Reactivate user on client and the Remove wizard, asked for with
 * {@code Accept-Language: pl} or the remembered {@code lang=pl} switch. Counts take Polish plural forms.
 */
class ClientAccessPolishTest {

    /** A no-break space: between an amount and its currency, and between groups of digits in Polish. */
    private static final String NBSP = "\u00a0";

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

    // the Clients tab

    @Test
    void clientsTab_askedForInPolish_speaksPolish() {
        String page = acceptingPolish("/ui/clients");

        assertThat(page).contains("<html lang=\"pl\">", "<title>Klienci · Managed MRR</title>",
                        "<h1>Client Access Manager</h1>", "aria-current=\"page\">Klienci</a>")
                .contains("Aby przypisać kolejne, użyj opcji <strong>Dodaj pracowników</strong>.")
                .contains("<label for=\"client-q\">Szukaj klientów</label>", "placeholder=\"Nazwa klienta lub Hub ID\"",
                        "aria-label=\"Szukaj klientów\"")
                .contains("<th scope=\"col\">Klient</th>", "<th scope=\"col\">Hub ID</th>", "<th scope=\"col\">Waluta</th>",
                        "<th scope=\"col\">Przypisane osoby</th>", "<span class=\"visually-hidden\">Akcje</span>")
                .contains(">2 klienci<")
                .doesNotContain("Search clients", "Showing", "Assigned staff", ">Add employees<");
        assertThat(group(page, "client-501")).contains(">Globex</a>", "Ann Lee", ">Pracownik<",
                ">Dodaj pracowników<", "class=\"visually-hidden\"> do klienta Globex</span>");
    }

    @Test
    void theClientCount_takesThePolishPluralForm_oneFewMany() {
        ui.given.client(701, "Trio A", "EUR", "10.00").client(702, "Trio B", "EUR", "10.00")
                .client(703, "Trio C", "EUR", "10.00");
        for (int i = 1; i <= 5; i++) {
            ui.given.client(710 + i, "Pięć " + i, "EUR", "10.00");
        }
        for (long hub = 701; hub <= 715; hub++) {
            if (hub <= 703 || hub > 710) {
                ui.given.addEmployees("acme", hub, "cy@acme.example");
            }
        }
        speakPolish();

        assertThat(admin.htmxGet("/ui/clients?q=glob").body()).contains(">1 klient<");
        assertThat(admin.htmxGet("/ui/clients?q=trio").body()).contains(">3 klienci<");
        assertThat(admin.htmxGet("/ui/clients?q=pi%C4%99%C4%87").body()).contains(">5 klientów<");
        assertThat(admin.htmxGet("/ui/clients?q=nothing-like-it").body()).contains(">Żaden klient nie pasuje.<");
    }

    @Test
    void aPageOfALongList_saysWhichRowsOfHowManyClients_inTheGenitive() {
        for (int i = 0; i < 50; i++) {
            ui.given.client(20_000 + i, "Bulk client " + i, "EUR", "10.00").addEmployees("acme", 20_000 + i,
                    "cy@acme.example");
        }
        speakPolish();

        assertThat(admin.get("/ui/clients").body()).contains(">1–50 z 52 klientów<", "Strona 1 z 2");
        assertThat(admin.get("/ui/clients?page=2").body()).contains(">51–52 z 52 klientów<");
    }

    @Test
    void aSearchTooLong_isRefusedInPolish() {
        speakPolish();

        assertThat(admin.get("/ui/clients?q=" + "x".repeat(201)).body())
                .contains("id=\"client-q-error\" class=\"error\">Wpisz najwyżej 200 znaków.<");
    }

    // Add employees

    @Test
    void addEmployees_saysInPolishWhoIsAssignedAndAdded() {
        speakPolish();

        String form = admin.htmxGet("/ui/clients/501/add-employees").body();
        String done = admin.htmxPost("/ui/clients/501/employees",
                form("email", "bo@acme.example", "email", "cy@acme.example")).body();

        assertThat(form).contains("Dodaj pracowników do klienta <span>Globex</span>", ">Potwierdź<", ">Anuluj<");
        assertThat(done).contains("Przypisano do klienta Globex: Bo Chen, Cy Young.")
                .contains("Dodano jako aktywnych użytkowników konta klienta: Bo Chen, Cy Young.", ">Zamknij<")
                .doesNotContain("now assigned");
    }

    @Test
    void addEmployeesOnTheClientPage_countsOneAddedUser_andNamesTheClient() {
        speakPolish();
        admin.get("/ui/clients/501");

        String staff = admin.htmxPost("/ui/clients/501/staff", form("email", "bo@acme.example")).body();

        assertThat(staff).contains("Przypisano do klienta Globex (501): Bo Chen.")
                .contains("Dodano jako aktywnego użytkownika konta klienta: Bo Chen.");
    }

    @Test
    void addEmployees_refusals_areInPolish_withEachEmailsReason() {
        speakPolish();

        UiClient.Reply nobody = admin.htmxPost("/ui/clients/501/employees", form());
        UiClient.Reply contractor = admin.htmxPost("/ui/clients/501/employees",
                form("email", "cy@acme.example", "email", "fay@freelance.example"));

        assertThat(nobody.status()).isEqualTo(422);
        assertThat(nobody.body()).contains(">Wybierz co najmniej jednego pracownika.<");
        assertThat(contractor.status()).isEqualTo(422);
        assertThat(contractor.body())
                .contains("Dodaj pracowników przyjmuje tylko pracowników partnera; niczego nie zmieniono."
                        + " Fay Ortiz jest kontrahentem, a nie pracownikiem.")
                .doesNotContain("nothing was changed");
    }

    // a client's page

    @Test
    void clientPage_showsTheStandingWithPolishMoneyAndDates() {
        String page = acceptingPolish("/ui/clients/501");

        assertThat(page).contains("<html lang=\"pl\">", "<h1>Globex</h1>", "<a href=\"/ui/clients\">Klienci</a>")
                .contains("<dt>Obecny MRR</dt><dd>1" + NBSP + "000,00" + NBSP + "USD</dd>")
                .contains("<label for=\"asOf\">Stan na dzień</label>", ">Pokaż</button>");
        assertThat(standing(page))
                .contains("<h2 id=\"standing-heading\">Twój stan na dziś, 05.01.2026</h2>")
                .contains("<dd id=\"servicing-now\">Obsługujesz tego klienta</dd>")
                .contains("id=\"standing-credit\">1" + NBSP + "000,00" + NBSP + "USD<", "id=\"standing-points\">10,00<",
                        "id=\"standing-shared\">1 partner (łącznie z Tobą)<", "id=\"standing-expires\">24.02.2026<",
                        "id=\"standing-last\">26.12.2025<")
                .contains(">Dlaczego: wyjaśnienie dla tego klienta w podziale punktów<");
        assertThat(userRow(page, "ann@acme.example")).contains(">Pracownik<", ">Aktywny<", ">Tak<",
                ">Cofnij przypisanie<", ">Usuń pracownika z klienta<",
                "<span class=\"visually-hidden\">: Ann Lee</span>");
        assertThat(page).doesNotContain("Your standing", "Remove employee", "Unassign<", ">Yes<");
    }

    @Test
    void clientPage_atAnotherDate_keepsTheInputsIsoDate_andWritesTheHeadingsInPolish() {
        speakPolish();

        String past = admin.get("/ui/clients/501?asOf=2025-12-01").body();
        String future = admin.get("/ui/clients/501?asOf=2026-03-01").body();
        UiClient.Reply wrong = admin.get("/ui/clients/501?asOf=2026-13-45");

        assertThat(past).contains("value=\"2025-12-01\"", "Twój stan na dzień 01.12.2025<",
                "Nie obsługujesz tego klienta", "id=\"standing-credit\">0,00" + NBSP + "USD<");
        assertThat(future).contains("Twój stan na dzień 01.03.2026 (prognoza)");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"asOf-error\" class=\"error\">Wpisz datę w formacie RRRR-MM-DD.<");
        assertThat(admin.get("/ui/clients/501?asOf=1999-12-31").body())
                .contains("Wybierz datę od 01.01.2000 do 05.01.2036.");
    }

    @Test
    void aDeactivatedUser_isReactivatedInPolish() {
        ui.given.seat(501, "ann@acme.example", SeatStatus.DEACTIVATED)
                .seat(501, "cy@acme.example", SeatStatus.DEACTIVATED);
        speakPolish();

        String page = admin.get("/ui/clients/501").body();
        String staff = admin.htmxPost("/ui/clients/501/staff/cy%40acme.example/reactivation", form()).body();

        assertThat(userRow(page, "ann@acme.example")).contains(">Dezaktywowany<",
                "Kredyt z aktywności tej osoby wygaśnie 24.02.2026, chyba że zostanie ona reaktywowana",
                ">Reaktywuj użytkownika na kliencie<");
        assertThat(userRow(page, "cy@acme.example")).contains("Aktywności tej osoby nie liczą się");
        assertThat(staff).contains("Cy Young jest znów aktywnym użytkownikiem konta klienta.");
    }

    @Test
    void reactivate_afterTheClientRemovedTheSeat_saysWhyInPolish() {
        ui.given.seat(501, "cy@acme.example", SeatStatus.DEACTIVATED);
        speakPolish();
        admin.get("/ui/clients/501");
        ui.given.removeSeat(501, "cy@acme.example");

        UiClient.Reply staff = admin.htmxPost("/ui/clients/501/staff/cy%40acme.example/reactivation", form());

        assertThat(staff.status()).isEqualTo(422);
        assertThat(staff.body()).contains("id=\"staff-error\">cy@acme.example nie jest użytkownikiem na koncie klienta"
                + " 501, więc nie ma kogo reaktywować.<");
        assertThat(userRow(staff.body(), "cy@acme.example")).contains(">Nie jest użytkownikiem<");
    }

    // Unassign

    @Test
    void unassign_asksAndConfirmsInPolish() {
        speakPolish();
        admin.get("/ui/clients/501");

        String step = admin.htmxGet("/ui/clients/501/staff/ann%40acme.example/unassign").body();
        String staff = admin.htmxPost("/ui/clients/501/staff/ann%40acme.example/unassign", form()).body();

        assertThat(step).contains("Cofnąć przypisanie <span>Ann Lee</span> do klienta <span>Globex</span>?")
                .contains("<span>Ann Lee</span> pozostaje użytkownikiem konta klienta")
                .contains("użyj zamiast tego opcji <span>Usuń pracownika z klienta</span>.");
        assertThat(staff).contains("Cofnięto przypisanie Ann Lee do klienta Globex (501).");
        assertThat(userRow(staff, "ann@acme.example")).contains(">Nie<");
    }

    // the Remove wizard

    @Test
    void theRemovalWizard_speaksPolish_andItsButtonSaysWhomItRemovesFromWhichClient() {
        speakPolish();

        String one = admin.htmxGet("/ui/clients/501/staff/ann%40acme.example/removal").body();
        String two = admin.htmxGet("/ui/clients/501/staff/ann%40acme.example/removal/review").body();

        assertThat(one).contains("Usuń pracownika z klienta", "Krok 1 z 2",
                "Usunąć <span>Ann Lee</span> z klienta <span>Globex</span>?",
                "Konta klientów, do których <span>Ann Lee</span> straci dostęp", "Hub ID: 501", "post-9",
                ">Dalej</button>", ">Anuluj</button>");
        assertThat(two).contains("Krok 2 z 2", "Co zrobi usunięcie",
                        "Cofnięcie przypisania <span>Ann Lee</span> do klienta <span>Globex</span>",
                        "To od razu kończy Twoją zarządzaną relację z klientem Globex.",
                        ">Wstecz</button>", "class=\"danger\"", ">Usuń Ann Lee z Globex</button>")
                .doesNotContain("Remove", "Step");
    }

    @Test
    void theRemoval_saysWhatItDidInPolish() {
        speakPolish();
        admin.get("/ui/clients/501");

        String staff = admin.htmxPost("/ui/clients/501/staff/ann%40acme.example/removal", form()).body();

        assertThat(staff).contains("Usunięto Ann Lee z konta klienta i cofnięto przypisanie."
                + " Twoja zarządzana relacja z tym klientem właśnie się zakończyła.");
        assertThat(standing(staff)).contains("Nie obsługujesz tego klienta",
                "id=\"standing-credit\">0,00" + NBSP + "USD<");
    }

    @Test
    void aContractorsWizard_saysKontrahent() {
        speakPolish();

        String two = admin.htmxGet("/ui/clients/503/staff/fay%40freelance.example/removal/review").body();

        assertThat(two).contains("Usuń kontrahenta z klienta", "Rozłączenie <span>Fay Ortiz</span> z klientem",
                ">Usuń Fay Ortiz z Initrode</button>").doesNotContain("pracownika");
    }

    // the Contractors and Employees tabs, Link clients

    @Test
    void contractorsTab_andLinkClients_speakPolish() {
        speakPolish();

        String page = admin.get("/ui/contractors").body();
        String panel = admin.htmxGet("/ui/contractors/fay%40freelance.example/link").body();

        assertThat(page).contains("<html lang=\"pl\">", "aria-current=\"page\">Kontrahenci</a>",
                "<strong>Połącz klientów</strong>", "<th scope=\"col\">Kontrahent</th>", "Brak połączonych klientów",
                ">Połącz klientów<span class=\"visually-hidden\"> dla Fay Ortiz</span>");
        assertThat(panel).contains("Połącz <span>Fay Ortiz</span> z klientem",
                "Konta klientów, na których <span>Fay Ortiz</span> jest użytkownikiem",
                "Połącz z <span>Initrode</span>", "Hub ID: 503",
                "Lub wpisz nazwę klienta (albo jej część) lub Hub ID", ">Potwierdź</button>");
    }

    @Test
    void linkClients_namesTheClientInItsPolishMessages() {
        speakPolish();
        String path = "/ui/contractors/fay%40freelance.example/clients";

        UiClient.Reply notAUser = admin.htmxPost(path, form("client", "501"));
        UiClient.Reply unknown = admin.htmxPost(path, form("client", "99999"));
        UiClient.Reply noName = admin.htmxPost(path, form("client", "Nowhere Inc"));
        UiClient.Reply empty = admin.htmxPost(path, form("client", ""));
        UiClient.Reply linked = admin.htmxPost(path, form("client", "503"));
        UiClient.Reply again = admin.htmxPost(path, form("client", "503"));

        assertThat(notAUser.status()).isEqualTo(422);
        assertThat(notAUser.body()).contains("Fay Ortiz (fay@freelance.example) nie jest użytkownikiem na koncie"
                + " klienta Globex (501), więc nie można połączyć tej osoby z tym klientem.");
        assertThat(unknown.body()).contains("nie jest użytkownikiem na koncie klienta o Hub ID 99999");
        assertThat(noName.body()).contains("Żadne konto klienta, na którym Fay Ortiz jest użytkownikiem, nie pasuje"
                + " do „Nowhere Inc”");
        assertThat(empty.body()).contains(">Wybierz klienta lub wpisz jego Hub ID.<");
        assertThat(linked.body()).contains("Połączono Fay Ortiz z klientem Initrode (503).");
        assertThat(again.body()).contains("Połączenie Fay Ortiz z klientem Initrode (503) już istniało.");
    }

    @Test
    void employeesTab_speaksPolish() {
        String page = acceptingPolish("/ui/employees");

        assertThat(page).contains("<html lang=\"pl\">", "<title>Pracownicy · Managed MRR</title>",
                "aria-current=\"page\">Pracownicy</a>", "<strong>Dodaj pracowników</strong>",
                "Przypisani klienci", ">Globex</a>", "Brak przypisanych klientów");
    }

    @Test
    void withoutPolish_thePagesStayEnglish() {
        assertThat(admin.get("/ui/clients").body()).contains("<html lang=\"en\">", ">Showing 1–2 of 2 clients<");
    }

    /** Remembers Polish as the language switch does (the {@code lang} cookie), for every later request. */
    private void speakPolish() {
        assertThat(admin.getWithCookie("/ui/clients", Language.COOKIE, "pl").body()).contains("<html lang=\"pl\">");
    }

    /** A page asked for with {@code Accept-Language: pl} (no remembered language), signed in as acme's admin. */
    private String acceptingPolish(String path) {
        UiClient.Reply reply = admin.acceptLanguage("pl-PL,pl;q=0.9,en;q=0.8").get(path);
        assertThat(reply.status()).as("GET %s", path).isEqualTo(200);
        return reply.body();
    }
}
