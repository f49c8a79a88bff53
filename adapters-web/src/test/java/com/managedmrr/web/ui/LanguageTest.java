package com.managedmrr.web.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.managedmrr.web.ui.UiClient.form;
import static org.assertj.core.api.Assertions.assertThat;

/** Which language a page is in: the remembered switch, else Accept-Language, else English. */
class LanguageTest {

    private TestUi ui;

    @BeforeEach
    void start() {
        ui = TestUi.start();
        Scenario.build(ui);
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void noPreference_isEnglish() {
        UiClient.Reply reply = ui.client().get("/ui/sign-in");

        assertThat(reply.body()).contains("<html lang=\"en\"", "<h1>Sign in</h1>", ">Polski</button>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pl", "pl-PL", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "de-DE,de;q=0.9,pl;q=0.5", "PL"})
    void acceptLanguage_thatNamesPolishBeforeEnglish_givesPolish(String acceptLanguage) {
        UiClient.Reply reply = ui.client().acceptLanguage(acceptLanguage).get("/ui/sign-in");

        assertThat(reply.body()).contains("<html lang=\"pl\"", "<h1>Zaloguj się</h1>", "Adres e-mail",
                ">English</button>");
        assertThat(reply.header("Content-Language")).isEqualTo("pl");
        assertThat(reply.header("Vary")).contains("Accept-Language");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB,pl;q=0.8", "de, fr", "pl;q=0", "*"})
    void acceptLanguage_thatPrefersEnglishOrNothingSpoken_givesEnglish(String acceptLanguage) {
        UiClient.Reply reply = ui.client().acceptLanguage(acceptLanguage).get("/ui/sign-in");

        assertThat(reply.body()).contains("<html lang=\"en\"", "<h1>Sign in</h1>");
    }

    @Test
    void theSwitch_remembersTheChoice_andGoesBackToThePage() {
        UiClient client = ui.client().acceptLanguage("en");
        client.get("/ui/sign-in");

        UiClient.Reply reply = client.post("/ui/language", form("lang", "pl", "back", "/ui/sign-in?signed-out"));

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/ui/sign-in?signed-out");
        assertThat(reply.headers().getAll("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("lang="))
                .singleElement().asString().contains("lang=pl", "Path=/ui", "Max-Age=31536000", "HTTPOnly",
                "SameSite=Lax");
        assertThat(client.get("/ui/sign-in?signed-out").body()).contains("<html lang=\"pl\"", "Wylogowano.");
    }

    @Test
    void theRememberedChoice_winsOverAcceptLanguage() {
        UiClient client = ui.client().acceptLanguage("pl").withCookie(Language.COOKIE, "en");

        assertThat(client.get("/ui/sign-in").body()).contains("<html lang=\"en\"", "<h1>Sign in</h1>");
    }

    @Test
    void aRememberedLanguageTheUiDoesNotSpeak_isIgnored() {
        UiClient client = ui.client().acceptLanguage("pl").withCookie(Language.COOKIE, "xx");

        assertThat(client.get("/ui/sign-in").body()).contains("<html lang=\"pl\"");
    }

    @Test
    void signedIn_everyPageAndErrorSpeaksTheChosenLanguage() {
        UiClient client = ui.client().acceptLanguage("pl");
        client.signIn(Scenario.ADMIN, Scenario.PASSWORD);

        assertThat(client.get("/ui/points").body()).contains("<html lang=\"pl\"", ">Podział punktów</a>",
                ">Wyloguj się</button>", ">Dziennik zmian</a>", ">Przejdź do treści</a>");
        UiClient.Reply missing = client.get("/ui/clients/999999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("<h1>Nie znaleziono</h1>", "Błąd 404", "Wróć do podziału punktów");
        assertThat(client.htmxGet("/ui/no-such-page").body()).isEqualTo("Nic tu nie ma albo należy to do innego"
                + " partnera.");
    }

    @Test
    void signedOut_anHtmxRequest_isAskedToSignInInItsLanguage() {
        UiClient.Reply reply = ui.client().acceptLanguage("pl").htmxGet("/ui/points");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).isEqualTo("Zaloguj się.");
    }

    @Test
    void signInErrors_areInTheChosenLanguage() {
        UiClient client = ui.client().acceptLanguage("pl");
        client.get("/ui/sign-in");

        UiClient.Reply empty = client.post("/ui/sign-in", form("email", "", "password", ""));
        assertThat(empty.body()).contains("Wpisz swój adres e-mail.", "Wpisz swoje hasło.");
        UiClient.Reply wrong = client.post("/ui/sign-in", form("email", Scenario.ADMIN, "password", "wrong-one-1"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("Adres e-mail albo hasło są nieprawidłowe.");
    }

    @ParameterizedTest
    @CsvSource({
            "/ui/clients?q=a, /ui/clients?q=a",
            "/ui, /ui",
            "https://evil.example/ui/points, /ui/points",
            "//evil.example/ui, /ui/points",
            "/uix, /ui/points",
            "/ui/language, /ui/points",
            "'', /ui/points"
    })
    void theSwitch_goesBackOnlyToAPageOfTheUi(String back, String location) {
        assertThat(LanguageSwitch.back(back)).isEqualTo(location);
    }

    @Test
    void theSwitch_refusesALanguageItDoesNotSpeak_andNeedsTheCsrfToken() {
        UiClient client = ui.client();
        client.get("/ui/sign-in");

        assertThat(client.post("/ui/language", form("lang", "de", "back", "/ui/sign-in")).status()).isEqualTo(400);
        assertThat(client.postWithoutToken("/ui/language", form("lang", "pl", "back", "/ui/sign-in")).status())
                .isEqualTo(403);
    }
}
