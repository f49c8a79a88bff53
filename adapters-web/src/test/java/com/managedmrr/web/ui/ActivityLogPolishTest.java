package com.managedmrr.web.ui;

import com.managedmrr.application.catalogue.SetPointRateCommand;
import com.managedmrr.domain.model.SeatStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.managedmrr.web.ui.UiClient.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Activity log in Polish ("Dziennik zmian"), asked for with {@code Accept-Language: pl} or the remembered
 * {@code lang=pl} switch: headlines and effect sentences with the names in them, automatic assignments summed up with
 * the Polish plural, the filter's labels and errors, the results line counted in Polish, and dates written the Polish
 * way. The search and the filters work as in English.
 */
class ActivityLogPolishTest {

    private static final Pattern ENTRY = Pattern.compile("class=\"activity-entry\"");

    private TestUi ui;
    private UiClient admin;

    @BeforeEach
    void start() {
        ui = TestUi.start();
        Scenario.build(ui);
        admin = Scenario.signedIn(ui).acceptLanguage("pl-PL,pl;q=0.9,en;q=0.5");
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

    private static String newest(String body) {
        String newest = body.substring(body.indexOf("class=\"activity-entry\""));
        return newest.substring(0, newest.indexOf("</tr>"));
    }

    @Test
    void thePage_inPolish_isTheDziennikZmianWithPolishFilterLabelsTableHeadersAndKinds() {
        UiClient.Reply page = admin.get("/ui/activity");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"pl\"", "<title>Dziennik zmian", "<h1>Dziennik zmian</h1>",
                        "aria-current=\"page\">Dziennik zmian</a>", "aria-label=\"Filtruj dziennik zmian\"",
                        "<label for=\"q\">Szukaj</label>", "placeholder=\"Nazwa, e-mail, Hub ID lub słowa\"",
                        "<label for=\"action\">Rodzaj działania</label>", "<option value=\"\">Dowolny rodzaj</option>",
                        "<label for=\"client\">Klient (Hub ID)</label>", "<label for=\"user\">Użytkownik (e-mail)</label>",
                        "<label for=\"from\">Od</label>", "<label for=\"to\">Do</label>", "Dni w UTC, oba włącznie.",
                        "<button type=\"submit\">Zastosuj</button>", "Kiedy (UTC)", ">Kto<", ">Co<", ">Skutki<",
                        "<option value=\"EMPLOYEES_ADDED\">Dodaj pracowników</option>",
                        "<option value=\"CLIENT_LINKED\">Połącz klientów</option>",
                        "<option value=\"UNASSIGNED\">Cofnij przypisanie</option>",
                        "<option value=\"USER_REACTIVATED\">Reaktywuj użytkownika na kliencie</option>",
                        "<option value=\"STAFF_REMOVED\">Usuń pracownika z klienta</option>")
                .doesNotContain("Activity log", "Kind of action", "When (UTC)", "Showing");
    }

    @Test
    void theAdminRemovesTheLastEmployeeThere_inPolish_theHeadlineAndEffectsAreSentencesWithTheNames() {
        admin.get("/ui/clients/501");
        assertThat(admin.htmxPost("/ui/clients/501/staff/ann%40acme.example/removal", form()).status())
                .isEqualTo(200);

        String body = admin.get("/ui/activity").body();

        assertThat(newest(body)).contains(Scenario.ADMIN,
                "Usunięto Ann Lee z klienta Globex (501): kredyt zakończony natychmiast",
                "Ann Lee nie jest już użytkownikiem konta klienta Globex (501)",
                "Cofnięto przypisanie Ann Lee do klienta Globex (501)",
                "Zarządzany kredyt MRR dla klienta Globex (501) zakończył się natychmiast: żaden z Twoich "
                        + "użytkowników nie jest już użytkownikiem tego konta klienta");
        assertThat(body).contains("System wewnętrzny", "Dodano Ann Lee do klienta Globex (501)",
                "Przypisano Ann Lee do klienta Globex (501)",
                "Dodano Ann Lee jako aktywnego użytkownika konta klienta Globex (501)",
                "Dodano Ann Lee (ann@acme.example) do konta partnera jako pracownika",
                "Dodano Fay Ortiz (fay@freelance.example) do konta partnera jako kontrahenta",
                "Zapisano użytkownika partnera: Bo Chen")
                .doesNotContain("was assigned", "Removed", "Internal system");
    }

    @Test
    void automaticAssignments_inPolish_areSummedUpWithThePluralAfterDo() {
        assertThat(summaryFor(2)).isEqualTo("Automatycznie przypisano Dan Park do 2 klientów");
        assertThat(summaryFor(5)).isEqualTo("Automatycznie przypisano Dan Park do 5 klientów");
    }

    private String summaryFor(int clients) {
        TestUi fresh = TestUi.start();
        try {
            Scenario.build(fresh);
            UiClient polish = Scenario.signedIn(fresh).acceptLanguage("pl");
            for (int i = 0; i < clients; i++) {
                fresh.given.client(7000 + i, "Many " + i, "USD", "10.00").seat(7000 + i, "dan@acme.example",
                        SeatStatus.ACTIVE);
            }
            fresh.given.employee("acme", "dan@acme.example", "Dan Park");

            String newest = newest(polish.get("/ui/activity").body());

            assertThat(newest).contains("Zapisano użytkownika partnera: Dan Park",
                    "Dodano Dan Park (dan@acme.example) do konta partnera jako pracownika",
                    "<li>Many 0 (7000)</li>", "<li>Many " + (clients - 1) + " (" + (7000 + clients - 1) + ")</li>");
            Matcher summary = Pattern.compile("<summary>([^<]*)</summary>").matcher(newest);
            assertThat(summary.find()).as(newest).isTrue();
            return summary.group(1);
        } finally {
            fresh.close();
        }
    }

    @Test
    void theResultsLine_inPolish_countsEntriesWithThePolishPlural() {
        ui.given.employee("acme", "new@acme.example", "New Hire");
        String today = Formats.date(ui.clock.now());

        String one = admin.get("/ui/activity?from=" + today + "&to=" + today).body();
        String two = admin.get("/ui/activity?user=bo%40acme.example").body();
        String many = admin.get("/ui/activity?action=PARTNER_USER_UPSERTED").body();
        String all = admin.get("/ui/activity").body();

        assertThat(entries(one)).isEqualTo(1);
        assertThat(one).contains(">Pokazano 1 pasujący wpis</p>");
        assertThat(entries(two)).isEqualTo(2);
        assertThat(two).contains(">Pokazano 2 pasujące wpisy</p>", "Bo Chen").doesNotContain("Ann Lee");
        assertThat(entries(many)).isEqualTo(5);
        assertThat(many).contains(">Pokazano 5 pasujących wpisów</p>",
                "<option value=\"PARTNER_USER_UPSERTED\" selected=\"selected\">Zapisanie użytkownika partnera</option>",
                "href=\"/ui/activity\" class=\"clear-filters\">Wyczyść filtry</a>");
        assertThat(all).contains(">Pokazano " + entries(all) + " wpisów</p>");
    }

    @Test
    void entriesAndEffects_inPolish_haveTheirDatesWrittenThePolishWay() {
        ui.services.setPointRate().setPointRate(new SetPointRateCommand("USD", new BigDecimal("1.5")))
                .toCompletableFuture().join();

        String body = admin.get("/ui/activity").body();

        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd.MM", java.util.Locale.ROOT).withZone(ZoneOffset.UTC);
        String today = day.format(ui.clock.now());
        String longAgo = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneOffset.UTC)
                .format(ui.clock.now().minus(Duration.ofDays(60)));
        Matcher date = Pattern.compile("<td class=\"date\"><time datetime=\"[^\"]+Z\" "
                + "title=\"(\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2}:\\d{2} UTC)\">(\\d{2}\\.\\d{2}, \\d{2}:\\d{2})</time>")
                .matcher(body);
        assertThat(date.find()).as(body).isTrue();
        assertThat(date.group(2)).startsWith(today + ", ");
        assertThat(body).contains(">" + longAgo + ", ");
        assertThat(newest(body)).contains("Zmieniono przelicznik punktów", "System wewnętrzny")
                .containsPattern("Jednostka USD zmieniła się z 100 na 1,5 USD za punkt, od "
                        + "\\d{2}\\.\\d{2}\\.\\d{4}, \\d{2}:\\d{2} UTC");
    }

    @Test
    void filtersThatCannotBeRead_inPolish_sayWhyInPolish() {
        UiClient.Reply page = admin.get("/ui/activity?client=abc&user=x&from=2026-13-01&q=" + "a".repeat(201));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("Hub ID to dodatnia liczba całkowita.", "Wpisz adres e-mail.",
                "Wpisz datę w formacie RRRR-MM-DD.", "Wpisz najwyżej 200 znaków.");
        assertThat(admin.get("/ui/activity?from=2026-03-02&to=2026-03-01").body())
                .contains("Data końcowa jest wcześniejsza niż początkowa.");
    }

    @Test
    void nothingMatches_withTheLanguageCookie_saysSoInPolishAndOffersToClearTheFilters() {
        UiClient remembered = Scenario.signedIn(ui).withCookie(Language.COOKIE, "pl");

        UiClient.Reply page = remembered.get("/ui/activity?q=nothing+like+this");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"pl\"", "Żaden wpis nie pasuje do tych filtrów.",
                        "<a href=\"/ui/activity\">Wyczyść filtry</a>, aby zobaczyć wszystkie wpisy.")
                .doesNotContain("<table");
    }

    @Test
    void moreThanAPage_inPolish_saysTheNewestAreShownAndLinksToOlderEntries() {
        for (int i = 0; i < 60; i++) {
            ui.given.employee("acme", "temp" + i + "@acme.example", "Temp " + i);
        }

        String first = admin.get("/ui/activity").body();

        assertThat(first).contains(">Pokazano 50 najnowszych wpisów; starsze są na kolejnych stronach</p>",
                "rel=\"next\">Starsze wpisy →</a>", "aria-label=\"Strony\"");
    }
}
