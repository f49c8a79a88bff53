package com.managedmrr.web.ui;

import com.managedmrr.web.testing.InMemoryAdminSessions;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.managedmrr.web.ui.UiClient.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link SignInRoutesTest} leaves out about sessions: sign-out invalidates the session on the server (the old
 * cookie, replayed, is not signed in), cookies are Secure when the UI is served over TLS, and no password reaches
 * the logs — not on sign-in (right or wrong) nor on an admin's registration.
 */
class SessionHardeningTest {

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
    void theCookieOfASignedOutSession_replayingIt_getsTheSignInPage() {
        UiClient client = Scenario.signedIn(ui);
        client.get("/ui/points");
        String signedOutSession = client.cookie(UiRoutes.SESSION_COOKIE);
        assertThat(client.post("/ui/sign-out", form()).status()).isEqualTo(303);

        UiClient replay = ui.client();
        UiClient.Reply reply = replay.getWithCookie("/ui/points", UiRoutes.SESSION_COOKIE, signedOutSession);

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).startsWith("/ui/sign-in");
        assertThat(reply.body()).doesNotContain("Globex");
    }

    @Test
    void overHttps_theSessionAndCsrfCookies_areSecureHttpOnlySameSite() {
        UiRoutes https = ui.routes(UiSettings.overHttps(true), new InMemoryAdminSessions());
        Router root = Router.router(TestUi.VERTX);
        https.mount(root);
        HttpServer server = TestUi.VERTX.createHttpServer().requestHandler(root).listen(0).await();
        try {
            UiClient client = new UiClient(TestUi.VERTX, server.actualPort());
            UiClient.Reply signInPage = client.get("/ui/sign-in");
            UiClient.Reply signedIn = client.post("/ui/sign-in", form("email", Scenario.ADMIN, "password", Scenario.PASSWORD));

            assertThat(signedIn.status()).isEqualTo(303);
            String session = cookie(signedIn, UiRoutes.SESSION_COOKIE);
            assertThat(session).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax");
            String csrf = cookie(signInPage, UiRoutes.CSRF_COOKIE);
            assertThat(csrf).containsIgnoringCase("; Secure");
            assertThat(signedIn.header("Strict-Transport-Security")).isNotBlank();
        } finally {
            server.close().await();
        }
    }

    @Test
    void signInsAndAnAdminsRegistration_neverLogThePassword() {
        String registered = "registration-password-9f3a7c";
        String wrong = "wrong-password-c81d22e5";
        String captured = capturingTheLogs(() -> {
            LoggerFactory.getLogger(SessionHardeningTest.class).warn("capture-check");
            ui.given.admin("acme", "second@acme.example", registered);
            UiClient client = ui.client();
            client.signIn("second@acme.example", wrong);
            client.signIn("nobody@acme.example", wrong);
            client.signIn("second@acme.example", registered);
            client.get("/ui/points");
            client.post("/ui/sign-out", form("password", registered));
        });

        assertThat(captured).as("the capture sees the log").contains("capture-check");
        assertThat(captured).doesNotContain(registered).doesNotContain(wrong);
    }

    private static String cookie(UiClient.Reply reply, String name) {
        List<String> cookies = reply.headers().getAll("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + cookies));
    }

    /** Runs {@code action} with everything written to stdout and stderr (where slf4j-simple logs) copied aside. */
    private static String capturingTheLogs(Runnable action) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new Tee(out, copy), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(err, copy), true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return copy.toString(StandardCharsets.UTF_8);
    }

    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            first.write(bytes, offset, length);
            second.write(bytes, offset, length);
        }
    }
}
