package com.managedmrr.web.ui;

import com.managedmrr.web.testing.InMemoryAdminSessions;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.managedmrr.web.ui.UiClient.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant isolation, swept over the admin UI's router itself (its {@code getRoutes()}), so a route added later is
 * covered without touching this test. Signed in as acme's admin, every page and action whose path names a client or
 * a user is called with partner "other"'s client (601) and user (zed@other.example) — alone and mixed with acme's own
 * — as a page, as an htmx partial and, for actions, as a form post with a valid CSRF token: each answers 404 (or 403)
 * with nothing of the other partner in the body, and nothing of the other partner changes. Pages without such
 * parameters are read (with searches) and must show nothing of the other partner either. The sweep also checks the
 * hardening headers on every answer.
 */
class TenantIsolationSweepTest {

    private static final Pattern PARAM = Pattern.compile(":([A-Za-z]+)");
    /** For each path parameter: acme's own value, and the other partner's. A new parameter name fails the sweep. */
    private static final Map<String, String[]> VALUES = Map.of(
            "hubId", new String[] {"501", "601"},
            "email", new String[] {"ann%40acme.example", "zed%40other.example"});
    /** What of partner "other" must never show to acme's admin. */
    private static final List<String> OTHERS_DATA = List.of("Secret Client", "zed@other.example", "Zed Zimmer",
            "secret-post", "Other Co");
    /** Parameterless routes that are not partner pages: signing in and out, static files. */
    private static final Set<String> NOT_PARTNER_PAGES = Set.of("/sign-in", "/sign-out");

    private TestUi ui;
    private UiClient admin;

    @BeforeEach
    void start() {
        ui = TestUi.start();
        Scenario.build(ui);
        ui.given.seat(501, "zed@other.example", SeatStatus.DEACTIVATED); // the other's user also in acme's client
        admin = Scenario.signedIn(ui);
        admin.get("/ui/clients/501");
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void everyPartnerScopedRoute_withAnotherPartnersClientOrUser_isNotFound_andShowsAndChangesNothingOfIt() {
        String othersStateBefore = othersState();
        List<String> swept = new ArrayList<>();
        for (Route route : uiRoutes()) {
            String template = route.getPath();
            if (template == null || !template.contains(":")) {
                continue;
            }
            for (String path : pathsWithTheOthersValues(template)) {
                for (HttpMethod method : methodsOf(route)) {
                    swept.add(method + " " + path);
                    if (method == HttpMethod.GET) {
                        assertRefused(method + " " + path, admin.get(path));
                        assertRefused("htmx " + method + " " + path, admin.htmxGet(path));
                    } else {
                        admin.get("/ui/clients"); // a fresh CSRF token: the refusal must be about the data
                        assertRefused(method + " " + path, admin.htmxPost(path, form(
                                "emails", "zed@other.example", "email", "zed@other.example", "hubId", "601",
                                "confirm", "true")));
                    }
                }
            }
        }
        assertThat(swept).as("the sweep reached the routes with parameters").hasSizeGreaterThan(10);
        assertThat(othersState()).as("nothing of the other partner changed").isEqualTo(othersStateBefore);
        assertThat(ui.store.ends()).as("no relationship ended").isEmpty();
    }

    @Test
    void everyPartnerPageWithoutParameters_showsNothingOfAnotherPartner_evenWhenSearchedFor() {
        List<String> swept = new ArrayList<>();
        for (Route route : uiRoutes()) {
            String template = route.getPath();
            if (template == null || template.contains(":") || template.startsWith("/static")
                    || NOT_PARTNER_PAGES.contains(template) || !methodsOf(route).contains(HttpMethod.GET)) {
                continue;
            }
            for (String query : List.of("", "?q=Secret", "?q=601", "?q=zed")) {
                String path = UiRoutes.MOUNT_POINT + template + query;
                swept.add(path);
                for (UiClient.Reply reply : List.of(admin.get(path), admin.htmxGet(path))) {
                    assertThat(reply.status()).as(path).isIn(200, 302, 303);
                    assertNothingOfTheOther(path, reply);
                    assertHardened(path, reply);
                }
            }
        }
        assertThat(swept).as("the sweep reached the pages").hasSizeGreaterThan(10);
    }

    private List<Route> uiRoutes() {
        return ui.routes(UiSettings.defaults(), new InMemoryAdminSessions()).create().getRoutes();
    }

    /** Every filling of the template's parameters with acme's own or the other partner's values, but all-own. */
    private static List<String> pathsWithTheOthersValues(String template) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAM.matcher(template);
        while (matcher.find()) {
            assertThat(VALUES).as("the sweep knows the parameter :%s of %s", matcher.group(1), template)
                    .containsKey(matcher.group(1));
            names.add(matcher.group(1));
        }
        List<String> paths = new ArrayList<>();
        for (int mask = 1; mask < (1 << names.size()); mask++) {
            Map<String, String> chosen = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                chosen.put(names.get(i), VALUES.get(names.get(i))[(mask >> i) & 1]);
            }
            String path = template;
            for (Map.Entry<String, String> value : chosen.entrySet()) {
                path = path.replace(":" + value.getKey(), value.getValue());
            }
            paths.add(UiRoutes.MOUNT_POINT + path);
        }
        return paths;
    }

    private static Set<HttpMethod> methodsOf(Route route) {
        Set<HttpMethod> methods = route.methods();
        return methods == null || methods.isEmpty() ? Set.of(HttpMethod.GET, HttpMethod.POST) : methods;
    }

    private static void assertRefused(String what, UiClient.Reply reply) {
        assertThat(reply.status()).as("%s -> %s", what, reply).isIn(404, 403);
        assertNothingOfTheOther(what, reply);
        assertHardened(what, reply);
    }

    private static void assertNothingOfTheOther(String what, UiClient.Reply reply) {
        for (String secret : OTHERS_DATA) {
            assertThat(reply.body()).as("%s shows %s", what, secret).doesNotContain(secret);
        }
    }

    private static void assertHardened(String what, UiClient.Reply reply) {
        assertThat(reply.header("Content-Security-Policy")).as(what).contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(reply.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(reply.header("Referrer-Policy")).as(what).isNotBlank();
    }

    /** The other partner's users with their assignments, and the activities stored. */
    private String othersState() {
        return Given.join(ui.store.partnerUsers(PartnerId.of("other"))).toString()
                + ui.store.activities().size();
    }
}
