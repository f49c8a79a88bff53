package com.managedmrr.web.ui;

import com.managedmrr.application.catalogue.SetPointRateCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static com.managedmrr.web.ui.PointsPageRoutesTest.rowOf;
import static com.managedmrr.web.ui.PointsPageRoutesTest.unitsOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Points breakdown in Polish: for a browser that asks for it ({@code Accept-Language}) or an admin who chose it
 * with the switch (the {@code lang} cookie). Its words, a plural, and Polish numbers, money and dates; Hub IDs and the
 * date field keep their machine form.
 */
class PointsPagePolishTest {

    /** The no-break space Polish groups thousands with, and that stands between an amount and its currency. */
    private static final String NB = "\u00a0";
    private static final DateTimeFormatter POLISH_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private TestUi ui;
    private UiClient admin;

    @BeforeEach
    void start() {
        ui = TestUi.start();
        Scenario.build(ui);
        admin = Scenario.signedIn(ui).acceptLanguage("pl-PL,pl;q=0.9,en;q=0.8");
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void thePage_isInPolish_withPolishNumbersMoneyAndDates() {
        ui.services.setPointRate().setPointRate(new SetPointRateCommand("PLN", new BigDecimal("4000")))
                .toCompletableFuture().join();

        UiClient.Reply page = admin.get("/ui/points");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"pl\">", "<title>Podział punktów · Managed MRR</title>",
                        "<h1>Podział punktów</h1>")
                .contains("aria-label=\"Filtruj podział punktów\"", "<label for=\"q\">Szukaj klientów</label>",
                        "placeholder=\"Nazwa klienta lub Hub ID\"", "<label for=\"asOf\">Stan na dzień</label>",
                        "<label for=\"expiring\">Tylko kredyt wygasający w ciągu 14 dni</label>",
                        ">Zastosuj</button>")
                .contains(">Punkty zarządzane</span>", "id=\"total-points\">41,25<", ">Obsługiwani klienci</span>",
                        "id=\"as-of\">" + today() + "<",
                        "id=\"units-link\" href=\"#point-units\">Jak liczone są punkty</a>")
                .contains(">2 klienci<", ">Pobierz CSV</a>",
                        "Kredyt zarządzany", "Ostatnia aktywność",
                        ">Wyjaśnienie</span>")
                .contains("<h2 id=\"chart-heading\">Punkty zarządzane w czasie</h2>", "Wczytywanie wykresu…")
                .doesNotContain("Points breakdown</h1>", "Search clients", "Showing", "Managed credit");
        // a Hub ID stays plain digits; amounts take Polish separators; the JPY amount has no decimals
        assertThat(rowOf(page.body(), 501)).contains("<td class=\"hub-id\">501</td>", ">1" + NB + "000,00<", ">10,00<", ">Dlaczego?");
        assertThat(rowOf(page.body(), 502)).contains(">JPY<", ">450" + NB + "000<", ">31,25<", "Wkrótce wygasa");
        // the point units: money in the złoty as zł, the yen without decimals, and the date they are in effect on
        assertThat(unitsOf(page.body()))
                .contains("<h2 id=\"units-heading\">Jak liczone są punkty</h2>",
                        "oto jednostki punktów obowiązujące na dzień <span id=\"units-date\">" + today() + "</span>.",
                        "<th scope=\"col\">Waluta</th><th scope=\"col\" class=\"num\">Jeden punkt to</th>")
                .contains("<th scope=\"row\">PLN</th>\n        <td class=\"num\">4" + NB + "000" + NB + "zł</td>",
                        "<th scope=\"row\">JPY</th>\n        <td class=\"num\">14" + NB + "400" + NB + "JPY</td>",
                        "<th scope=\"row\">USD</th>\n        <td class=\"num\">100" + NB + "USD</td>");
    }

    @Test
    void theRememberedChoice_alone_makesThePagePolish() {
        UiClient chosen = Scenario.signedIn(ui).withCookie(Language.COOKIE, "pl");

        UiClient.Reply page = chosen.get("/ui/points");

        assertThat(page.body()).contains("<html lang=\"pl\">", "<h1>Podział punktów</h1>",
                "id=\"total-points\">41,25<");
        assertThat(Scenario.signedIn(ui).get("/ui/points").body()).contains("<html lang=\"en\">",
                "<h1>Points breakdown</h1>");
    }

    @Test
    void theShowingLine_forOneThreeAndFiveClients() {
        assertThat(admin.htmxGet("/ui/points?q=kag").body()).contains(">1 klient<");
        ui.services.setPointRate().setPointRate(new SetPointRateCommand("PLN", new BigDecimal("400")))
                .toCompletableFuture().join();
        ui.given.client(504, "Polmarket", "PLN", "12345.60").addEmployees("acme", 504, "cy@acme.example");
        assertThat(admin.htmxGet("/ui/points").body()).contains(">3 klienci<");
        ui.given.client(505, "Wisła Media", "EUR", "500.00").addEmployees("acme", 505, "cy@acme.example");
        ui.given.client(10_004, "Odra Digital", "USD", "2500.00").addEmployees("acme", 10_004, "cy@acme.example");

        UiClient.Reply five = admin.htmxGet("/ui/points");

        assertThat(five.body()).contains(">5 klientów<");
        assertThat(rowOf(five.body(), 504)).contains(">PLN<", ">12" + NB + "345,60<");
        assertThat(rowOf(five.body(), 10_004)).contains("<td class=\"hub-id\">10004</td>").doesNotContain("10" + NB + "004");
    }

    @Test
    void thePluralForms_ofOneFewAndMany() {
        Texts polish = Texts.in(Language.PL);
        String tooLong = "points.error.searchTooLong";
        assertThat(polish.count(tooLong, 1)).isEqualTo("Wyszukiwana fraza może mieć najwyżej 1 znak.");
        assertThat(polish.count(tooLong, 3)).isEqualTo("Wyszukiwana fraza może mieć najwyżej 3 znaki.");
        assertThat(polish.count(tooLong, 5)).isEqualTo("Wyszukiwana fraza może mieć najwyżej 5 znaków.");
        assertThat(polish.count(tooLong, 12)).isEqualTo("Wyszukiwana fraza może mieć najwyżej 12 znaków.");
        assertThat(polish.count(tooLong, 22)).isEqualTo("Wyszukiwana fraza może mieć najwyżej 22 znaki.");
        assertThat(polish.count("points.expiring.only", 1)).isEqualTo("Tylko kredyt wygasający w ciągu 1 dnia");
        assertThat(polish.count("points.noneExpiring", 3)).isEqualTo("Żaden kredyt nie wygasa w ciągu 3 dni.");
    }

    @Test
    void aProjection_isCalledAPrognoza() {
        LocalDate inTwentyDays = LocalDate.ofInstant(ui.clock.now().plus(Duration.ofDays(20)), ZoneOffset.UTC);

        UiClient.Reply partial = admin.htmxGet("/ui/points?asOf=" + inTwentyDays);

        assertThat(partial.status()).isEqualTo(200);
        assertThat(partial.header("HX-Push-Url")).isEqualTo("/ui/points?asOf=" + inTwentyDays);
        assertThat(partial.body())
                .contains("id=\"as-of\">" + POLISH_DATE.format(inTwentyDays) + " (prognoza)<")
                .contains("Prognoza: te liczby zakładają, że po dzisiejszym dniu nie będzie nowych kwalifikujących"
                        + " się działań.")
                .containsPattern("id=\"total-points\">10,00<");
    }

    @Test
    void theFiltersMessages_areInPolish() {
        UiClient.Reply tooLong = admin.htmxGet("/ui/points?q=" + "x".repeat(201));
        UiClient.Reply notADate = admin.get("/ui/points?asOf=wczoraj");
        UiClient.Reply tooEarly = admin.htmxGet("/ui/points?asOf=1999-12-31");

        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("id=\"q-error\" class=\"error\" hx-swap-oob=\"true\">Wyszukiwana fraza może"
                + " mieć najwyżej 200 znaków.<");
        assertThat(notADate.status()).isEqualTo(422);
        assertThat(notADate.body()).contains("id=\"asOf-error\" class=\"error\">Wpisz datę w formacie RRRR-MM-DD.<",
                "<html lang=\"pl\">");
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.body()).contains(">Wybierz datę od 01.01.2000 do "
                + POLISH_DATE.format(LocalDate.ofInstant(ui.clock.now(), ZoneOffset.UTC).plusYears(10)) + ".<");
    }

    @Test
    void noRows_saySoInPolish() {
        UiClient.Reply nobody = admin.htmxGet("/ui/points?q=nikt");
        String inSixtyOneDays = LocalDate.ofInstant(ui.clock.now().plus(Duration.ofDays(61)), ZoneOffset.UTC)
                .toString();
        UiClient.Reply noneExpiring = admin.htmxGet("/ui/points?expiring=on&asOf=" + inSixtyOneDays);

        assertThat(nobody.body()).contains("Żaden klient nie pasuje do „<span>nikt</span>”.",
                "data-reset-field=\"q\">Wyczyść wyszukiwanie</a>");
        assertThat(noneExpiring.body()).contains(">Żaden kredyt nie wygasa w ciągu 14 dni.<",
                "data-reset-field=\"expiring\">Pokaż wszystkich klientów</a>");
    }

    @Test
    void aPartnerWithoutClients_isToldInPolishHowAClientAppears() {
        UiClient other = ui.client().acceptLanguage("pl");
        ui.given.partner("empty", "Pusta Sp. z o.o.", "empty.example")
                .admin("empty", "admin@empty.example", "long enough pw");
        assertThat(other.signIn("admin@empty.example", "long enough pw").status()).isEqualTo(303);

        UiClient.Reply page = other.get("/ui/points");

        assertThat(page.body()).contains("<h2 id=\"empty-heading\">Nie masz jeszcze klientów</h2>",
                "Klient pojawi się na tej stronie, gdy jeden z Twoich użytkowników zostanie do niego przypisany",
                "href=\"/ui/clients\">Otwórz Client Access Manager</a>");
    }

    @Test
    void aRowsExplanation_isInPolish_withAPolishDateAndTime() {
        UiClient.Reply explanation = admin.htmxGet("/ui/points/501/explanation");

        assertThat(explanation.status()).isEqualTo(200);
        Instant annsActivity = ui.clock.now().minus(Duration.ofDays(10));
        String at = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC)
                .format(annsActivity);
        assertThat(explanation.body())
                .contains("Wyjaśnienie: <span>Globex</span>", "stan na " + today())
                .contains("Obsługujesz tego klienta.")
                .contains("Kredyt podtrzymuje kwalifikujące się działanie użytkownika ann@acme.example z " + at)
                .contains("bez nowych działań kredyt wygaśnie "
                        + POLISH_DATE.format(annsActivity.plus(Duration.ofDays(60)).atZone(ZoneOffset.UTC)))
                .contains("<caption>Cztery kroki dla każdego z Twoich użytkowników</caption>",
                        ">1. Na Twoim koncie partnera<", ">4. Kwalifikujące się działania (60 dni)<",
                        "Ostatnie przypisane: " + at, ">Tak<")
                .contains(">Zarządzaj swoimi użytkownikami u tego klienta</a>", ">Ukryj wyjaśnienie</button>");

        ui.clock.advance(Duration.ofDays(55));
        assertThat(admin.htmxGet("/ui/points/501/explanation").body())
                .contains("Kredyt wygasł: Twoje ostatnie przypisane działanie miało miejsce ponad 60 dni przed tą"
                                + " datą.",
                        "Ostatnie przypisane działanie jest starsze niż 60 dni.");
    }

    @Test
    void theChart_isInPolish() {
        UiClient.Reply chart = admin.htmxGet("/ui/points/chart");

        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.body())
                .contains("Punkty zarządzane na koniec miesięcy, dzisiaj i prognoza na kolejne miesiące")
                .contains("<desc id=\"chart-desc\">Punkty zarządzane — ", "; dzisiaj: 41,25; ")
                .contains(">Dzisiaj<", ">41,25<", "<title>" + today() + ": 41,25 pkt</title>", "(prognoza): ")
                .contains("<summary>Pokaż dane w tabeli</summary>", ">Koniec miesiąca<", ">Prognoza<")
                .doesNotContain("Today", "points");
    }

    private String today() {
        return POLISH_DATE.format(LocalDate.ofInstant(ui.clock.now(), ZoneOffset.UTC));
    }
}
