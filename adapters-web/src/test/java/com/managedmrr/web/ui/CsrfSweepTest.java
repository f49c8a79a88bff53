package com.managedmrr.web.ui;

import com.managedmrr.web.testing.InMemoryAdminSessions;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSRF, swept over the admin UI's router ({@code getRoutes()}): every path it serves, with every state-changing
 * method (POST, PUT, DELETE, PATCH), from a signed-in browser without a token or with a forged one, is refused 403
 * and changes nothing — so a state-changing route added later is covered without touching this test. (The hand-made
 * {@link CsrfRefusalTest} checks each known action's refusal in detail.)
 */
class CsrfSweepTest {

    private static final List<HttpMethod> STATE_CHANGING = List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE,
            HttpMethod.PATCH);
    private static final Map<String, String> OWN_VALUES = Map.of(":hubId", "501", ":email", "ann%40acme.example");

    private TestUi ui;
    private WebClient raw;

    @BeforeEach
    void start() {
        ui = TestUi.start();
        Scenario.build(ui);
        ui.given.seat(501, "cy@acme.example", SeatStatus.DEACTIVATED);
        raw = WebClient.create(TestUi.VERTX, new WebClientOptions().setFollowRedirects(false));
    }

    @AfterEach
    void stop() {
        raw.close();
        ui.close();
    }

    @Test
    void everyStateChangingRequest_withoutAValidToken_isRefused403_andChangesNothing() {
        UiClient admin = Scenario.signedIn(ui);
        admin.get("/ui/clients/501");
        String session = admin.cookie(UiRoutes.SESSION_COOKIE);
        String genuine = admin.csrfToken();
        String forged = genuine.substring(0, genuine.lastIndexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        String before = acmesState();

        List<String> swept = new ArrayList<>();
        for (Route route : ui.routes(UiSettings.defaults(), new InMemoryAdminSessions()).create().getRoutes()) {
            if (route.getPath() == null) {
                continue;
            }
            String path = UiRoutes.MOUNT_POINT + route.getPath();
            for (Map.Entry<String, String> value : OWN_VALUES.entrySet()) {
                path = path.replace(value.getKey(), value.getValue());
            }
            for (HttpMethod method : STATE_CHANGING) {
                for (String token : new String[] {null, forged}) {
                    HttpResponse<Buffer> response = send(method, path, session, admin.cookie(UiRoutes.CSRF_COOKIE), token);
                    swept.add(method + " " + path + (token == null ? " (no token)" : " (forged)"));
                    assertThat(response.statusCode()).as("%s %s token %s: %s", method, path, token,
                            response.bodyAsString()).isEqualTo(403);
                }
            }
        }

        assertThat(swept).as("the sweep covered the router's paths").hasSizeGreaterThan(100);
        assertThat(acmesState()).as("nothing changed").isEqualTo(before);
        assertThat(admin.get("/ui/points").status()).as("still signed in").isEqualTo(200);
    }

    /** A form post as a cross-site page would make it: the browser's cookies, a plausible form, the token given. */
    private HttpResponse<Buffer> send(HttpMethod method, String path, String session, String csrfCookie, String token) {
        HttpRequest<Buffer> request = raw.request(method, ui.port(), "localhost", path)
                .putHeader("Cookie", UiRoutes.SESSION_COOKIE + "=" + session
                        + (csrfCookie == null ? "" : "; " + UiRoutes.CSRF_COOKIE + "=" + csrfCookie));
        io.vertx.core.MultiMap form = UiClient.form("emails", "cy@acme.example", "hubId", "503",
                "email", "ann@acme.example", "password", Scenario.PASSWORD);
        if (token != null) {
            request.putHeader(UiClient.CSRF, token);
            form.add(UiClient.CSRF, token);
        }
        return request.sendForm(form).await();
    }

    private String acmesState() {
        return Given.join(ui.store.partnerUsers(PartnerId.of("acme"))).toString() + ui.store.ends()
                + ui.store.activities().size() + ui.store.auditEntries().size();
    }
}
