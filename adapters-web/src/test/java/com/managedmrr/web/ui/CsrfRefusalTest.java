package com.managedmrr.web.ui;

import com.managedmrr.domain.model.SeatStatus;
import io.vertx.core.MultiMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.stream.Stream;

import static com.managedmrr.web.ui.ClientsPageRoutesTest.group;
import static com.managedmrr.web.ui.ClientsPageRoutesTest.userRow;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state-changing route of the admin UI refuses a request without the session's CSRF token (no token, a forged
 * one, another session's), as a plain form post or an htmx request, with a 403, and changes nothing.
 */
class CsrfRefusalTest {

    /** The UI's state-changing routes, each with a form that would change something if it were accepted. */
    enum Route {
        SIGN_IN("/ui/sign-in", false, "email", Scenario.ADMIN, "password", Scenario.PASSWORD),
        SIGN_OUT("/ui/sign-out", true),
        ADD_EMPLOYEES("/ui/clients/501/employees", true, "email", "bo@acme.example"),
        REACTIVATE("/ui/clients/501/staff/cy%40acme.example/reactivation", true),
        REMOVE_STAFF("/ui/clients/501/staff/ann%40acme.example/removal", true),
        LINK_CLIENTS("/ui/contractors/fay%40freelance.example/clients", true, "client", "503");

        final String path;
        final boolean signedIn;
        final String[] form;

        Route(String path, boolean signedIn, String... form) {
            this.path = path;
            this.signedIn = signedIn;
            this.form = form;
        }

        MultiMap form() {
            return UiClient.form(form);
        }
    }

    /** How the token is missing or wrong. */
    enum Token {
        NONE_IN_A_FORM_POST,
        NONE_IN_AN_HTMX_POST,
        FORGED,
        ANOTHER_SESSIONS
    }

    static Stream<Arguments> everyRouteAndBadToken() {
        return Arrays.stream(Route.values())
                .flatMap(route -> Arrays.stream(Token.values()).map(token -> Arguments.of(route, token)));
    }

    private TestUi ui;

    @BeforeEach
    void start() {
        ui = TestUi.start();
        Scenario.build(ui);
        ui.given.seat(501, "cy@acme.example", SeatStatus.DEACTIVATED);
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("everyRouteAndBadToken")
    void aStateChange_withoutTheSessionsToken_isRefused403_andChangesNothing(Route route, Token token) {
        UiClient client = route.signedIn ? Scenario.signedIn(ui) : ui.client();
        client.get(route.signedIn ? "/ui/clients/501" : "/ui/sign-in");
        assertThat(client.csrfToken()).isNotBlank();

        UiClient.Reply reply = switch (token) {
            case NONE_IN_A_FORM_POST -> client.postWithoutToken(route.path, route.form());
            case NONE_IN_AN_HTMX_POST -> client.htmxPostWithToken(route.path, route.form(), null);
            case FORGED -> client.htmxPostWithToken(route.path, route.form(), forgedFrom(client.csrfToken()));
            case ANOTHER_SESSIONS -> client.htmxPostWithToken(route.path, route.form(), anotherSessionsToken(route));
        };

        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.body()).contains("Reload the page and try again.");
        assertThat(client.get("/ui/points").status()).as("still signed in, or still not")
                .isEqualTo(route.signedIn ? 200 : 303);
        assertNothingChanged();
    }

    /** A token of the right shape whose signature is not the server's. */
    private static String forgedFrom(String genuine) {
        int lastDot = genuine.lastIndexOf('.');
        return genuine.substring(0, lastDot + 1) + new StringBuilder(genuine.substring(lastDot + 1)).reverse();
    }

    /** A genuine token, of another browser's session (signed in as the same admin when the route needs it). */
    private String anotherSessionsToken(Route route) {
        UiClient other = route.signedIn ? Scenario.signedIn(ui) : ui.client();
        other.get(route.signedIn ? "/ui/clients/501" : "/ui/sign-in");
        return other.csrfToken();
    }

    private void assertNothingChanged() {
        UiClient observer = Scenario.signedIn(ui);
        String client = observer.get("/ui/clients/501").body();
        assertThat(userRow(client, "ann@acme.example")).contains(">Active<", ">Yes<");
        assertThat(userRow(client, "cy@acme.example")).contains(">Deactivated<");
        assertThat(client).doesNotContain("data-email=\"bo@acme.example\"");
        assertThat(group(observer.get("/ui/contractors").body(), "contractor-0")).contains("No clients linked");
    }
}
