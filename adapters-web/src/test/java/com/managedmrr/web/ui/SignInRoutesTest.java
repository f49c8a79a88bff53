package com.managedmrr.web.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static com.managedmrr.web.ui.UiClient.form;
import static org.assertj.core.api.Assertions.assertThat;

class SignInRoutesTest {

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
    void noSession_aPage_redirectsToSignIn() {
        UiClient.Reply reply = ui.client().get("/ui/points");

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/ui/sign-in");
    }

    @Test
    void noSession_anHtmxRequest_answers401WithHxRedirect() {
        UiClient.Reply reply = ui.client().htmxGet("/ui/points?q=glo");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("HX-Redirect")).isEqualTo("/ui/sign-in");
    }

    @Test
    void root_redirectsToTheUi() {
        UiClient client = ui.client();

        assertThat(client.get("/").header("Location")).isEqualTo("/ui/");
        assertThat(client.get("/ui").header("Location")).isEqualTo("/ui/sign-in");
        assertThat(client.get("/ui/").header("Location")).isEqualTo("/ui/sign-in");
    }

    @Test
    void signInPage_showsALabelledFormWithItsCsrfToken() {
        UiClient client = ui.client();

        UiClient.Reply reply = client.get("/ui/sign-in");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body())
                .contains("<label for=\"email\">", "<label for=\"password\">")
                .contains("name=\"X-XSRF-TOKEN\" value=\"" + client.csrfToken() + "\"");
        assertThat(client.csrfToken()).isNotBlank();
    }

    @Test
    void theRightPassword_signIn_answers303ToThePointsBreakdownWithANewSessionId() {
        UiClient client = ui.client();
        client.get("/ui/sign-in");
        String before = "planted-session-id-0123456789abcdef";
        client.getWithCookie("/ui/sign-in", "mrr-session", before);

        UiClient.Reply reply = client.post("/ui/sign-in", form("email", " Admin@ACME.example ", "password",
                Scenario.PASSWORD));

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/ui/points");
        assertThat(client.cookie("mrr-session")).isNotBlank().isNotEqualTo(before);
        UiClient.Reply page = client.get("/ui/points");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Acme Agency", Scenario.ADMIN);
    }

    @Test
    void anonymousVisitors_getNoSession_andTheSignInFormStillWorksWithItsCsrfToken() {
        UiClient client = ui.client();
        for (int i = 0; i < 50; i++) {
            UiClient.Reply page = ui.client().get("/ui/sign-in");
            assertThat(page.headers().getAll("Set-Cookie")).as("visit %d", i).noneMatch(c -> c.startsWith("mrr-session="));
        }
        UiClient.Reply wrong = client.signIn(Scenario.ADMIN, "not the password at all");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.headers().getAll("Set-Cookie")).noneMatch(c -> c.startsWith("mrr-session=") && c.length() > 13);
        assertThat(ui.sessions.size()).as("sessions stored for anonymous visitors").isZero();

        assertThat(client.signIn(Scenario.ADMIN, Scenario.PASSWORD).status()).isEqualTo(303);
        assertThat(ui.sessions.size()).isEqualTo(1);
    }

    @Test
    void sessionCookie_isHttpOnlyAndSameSite() {
        UiClient client = ui.client();
        client.get("/ui/sign-in");

        UiClient.Reply reply = client.post("/ui/sign-in", form("email", Scenario.ADMIN, "password", Scenario.PASSWORD));

        String cookie = reply.headers().getAll("Set-Cookie").stream()
                .filter(c -> c.startsWith("mrr-session=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("Path=/ui");
    }

    @Test
    void theOldSessionId_afterSignIn_itIsNotSignedIn() {
        UiClient client = ui.client();
        String before = "planted-session-id-0123456789abcdef";
        client.getWithCookie("/ui/sign-in", "mrr-session", before);
        client.post("/ui/sign-in", form("email", Scenario.ADMIN, "password", Scenario.PASSWORD));

        UiClient attacker = ui.client();
        attacker.get("/ui/sign-in");
        UiClient.Reply reply = attacker.getWithCookie("/ui/points", "mrr-session", before);

        assertThat(reply.status()).isEqualTo(303);
    }

    @Test
    void aWrongPassword_signIn_answers401WithAMessageAndNoSession() {
        UiClient client = ui.client();

        UiClient.Reply reply = client.signIn(Scenario.ADMIN, "not the password at all");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).contains("The e-mail address or the password is not right.")
                .contains("value=\"admin@acme.example\"");
        assertThat(client.get("/ui/points").status()).isEqualTo(303);
    }

    @Test
    void anUnknownEmail_signIn_answersExactlyLikeAWrongPassword() {
        UiClient.Reply reply = ui.client().signIn("nobody@acme.example", "not the password at all");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).contains("The e-mail address or the password is not right.");
    }

    @Test
    void emptyFields_signIn_answers422WithAMessageNextToEachField() {
        UiClient.Reply reply = ui.client().signIn("", "");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body())
                .containsPattern("id=\"email-error\" class=\"error\">Enter your e-mail address.<")
                .containsPattern("id=\"password-error\" class=\"error\">Enter your password.<")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void noCsrfToken_signIn_isRefused403() {
        UiClient client = ui.client();
        client.get("/ui/sign-in");

        UiClient.Reply reply = client.postWithoutToken("/ui/sign-in", form("email", Scenario.ADMIN, "password",
                Scenario.PASSWORD));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(client.get("/ui/points").status()).isEqualTo(303);
    }

    @Test
    void aForgedCsrfToken_signIn_isRefused403() {
        UiClient client = ui.client();
        client.get("/ui/sign-in");
        client.setCsrfToken("forged.123.abc");

        assertThat(client.post("/ui/sign-in", form("email", Scenario.ADMIN, "password", Scenario.PASSWORD)).status())
                .isEqualTo(403);
    }

    @Test
    void repeatedFailures_signIn_isSlowedDownForThatAccount_evenWithTheRightPassword() {
        UiClient client = ui.client();
        for (int i = 0; i < 3; i++) {
            assertThat(client.signIn(Scenario.ADMIN, "wrong password " + i).status()).isEqualTo(401);
        }

        UiClient.Reply slowed = client.signIn(Scenario.ADMIN, Scenario.PASSWORD);

        assertThat(slowed.status()).isEqualTo(429);
        assertThat(slowed.header("Retry-After")).isEqualTo("1");
        assertThat(slowed.body()).contains("Too many failed sign-ins");
        ui.clock.advance(Duration.ofSeconds(1));
        assertThat(client.signIn(Scenario.ADMIN, Scenario.PASSWORD).status()).isEqualTo(303);
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x01, 0x08, 0x0E, 0x1B, 0x1F, 0x7F})
    void repeatedFailures_theSameLoginWithAControlCharacter_isRefusedNotCountedAfresh(int control) {
        UiClient client = ui.client();
        for (int i = 0; i < 3; i++) {
            assertThat(client.signIn(Scenario.ADMIN, "wrong password " + i).status()).isEqualTo(401);
        }
        String c = String.valueOf((char) control);

        UiClient.Reply before = client.signIn(c + Scenario.ADMIN, Scenario.PASSWORD);
        UiClient.Reply after = client.signIn(Scenario.ADMIN + c, Scenario.PASSWORD);
        UiClient.Reply upperCase = client.signIn(" " + Scenario.ADMIN.toUpperCase(java.util.Locale.ROOT),
                Scenario.PASSWORD);

        // (a form with NUL is refused 400 before it is even read; any other control character, 422 by the e-mail rule)
        assertThat(before.status()).as("a control character before the e-mail").isIn(400, 422);
        assertThat(after.status()).as("a control character after the e-mail").isIn(400, 422);
        assertThat(upperCase.status()).as("the same login in capitals is the same count").isEqualTo(429);
    }

    @Test
    void moreFailures_theWait_doubles() {
        UiClient client = ui.client();
        for (int i = 0; i < 3; i++) {
            client.signIn(Scenario.ADMIN, "wrong password " + i);
        }
        ui.clock.advance(Duration.ofSeconds(1));
        assertThat(client.signIn(Scenario.ADMIN, "wrong again").status()).isEqualTo(401);

        UiClient.Reply slowed = client.signIn(Scenario.ADMIN, Scenario.PASSWORD);

        assertThat(slowed.status()).isEqualTo(429);
        assertThat(slowed.header("Retry-After")).isEqualTo("2");
    }

    @Test
    void failuresOnOneAccount_anotherAccount_isNotSlowedDown() {
        UiClient client = ui.client();
        for (int i = 0; i < 4; i++) {
            client.signIn(Scenario.ADMIN, "wrong password " + i);
        }

        assertThat(ui.client().signIn(Scenario.OTHER_ADMIN, Scenario.OTHER_PASSWORD).status()).isEqualTo(303);
    }

    @Test
    void manyFailuresFromOneAddress_anyAccount_isSlowedDownFromThatAddress() {
        UiClient client = ui.client();
        for (int i = 0; i < 10; i++) {
            assertThat(client.signIn("guess" + i + "@acme.example", "wrong password").status()).isEqualTo(401);
        }

        assertThat(client.signIn(Scenario.OTHER_ADMIN, Scenario.OTHER_PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void signOut_endsTheSession() {
        UiClient client = Scenario.signedIn(ui);
        client.get("/ui/points");

        UiClient.Reply reply = client.post("/ui/sign-out", form());

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/ui/sign-in?signed-out");
        assertThat(client.get("/ui/points").status()).isEqualTo(303);
        assertThat(client.get("/ui/sign-in?signed-out").body()).contains("You have signed out.");
    }

    @Test
    void noCsrfToken_signOut_isRefused403AndTheSessionStays() {
        UiClient client = Scenario.signedIn(ui);
        client.get("/ui/points");

        assertThat(client.postWithoutToken("/ui/sign-out", form()).status()).isEqualTo(403);
        assertThat(client.get("/ui/points").status()).isEqualTo(200);
    }

    @Test
    void aSignedInAdmin_theSignInPage_redirectsToThePointsBreakdown() {
        UiClient client = Scenario.signedIn(ui);

        UiClient.Reply reply = client.get("/ui/sign-in");

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).isEqualTo("/ui/points");
    }
}
