package com.managedmrr.bootstrap;

import com.managedmrr.persistence.testing.FreshDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin UI's state is shared by every instance on one database, with no secret configured: a session opened on
 * one instance is signed in on the other, whose CSRF check accepts the token the first issued; the sign-in throttle
 * counts attempts on both together, simultaneous attempts included; an anonymous visitor leaves no session behind;
 * revoking a login or changing its password ends its sessions at once.
 */
class SharedSignInIT {

    private static final String TOKEN = "shared-sign-in-token-0123456789";
    private static final String ADMIN = "admin@acme.example";
    private static final String PASSWORD = "correct horse battery";

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @TempDir
    static Path unusedDataDirectory;

    private static ManagedMrrServer first;
    private static ManagedMrrServer second;

    @BeforeAll
    static void startBoth() throws Exception {
        Config config = new Config(0, Optional.of(database.url()), TOKEN, false);
        first = new ManagedMrrServer(config, unusedDataDirectory.resolve("a")).start();
        second = new ManagedMrrServer(config, unusedDataDirectory.resolve("b")).start();
        api(first, "PUT", "/api/v1/partners/acme", new JsonObject().put("name", "Acme Agency")
                .put("emailDomains", new JsonArray().add("acme.example")));
        for (String admin : List.of(ADMIN, "second@acme.example", "third@acme.example", "fourth@acme.example")) {
            api(first, "PUT", "/api/v1/partners/acme/admins/" + admin, new JsonObject().put("password", PASSWORD));
        }
    }

    @AfterAll
    static void stopBoth() {
        if (first != null) {
            first.stop();
        }
        if (second != null) {
            second.stop();
        }
    }

    @Test
    void signedInOnOneInstance_theOtherKnowsTheSession_andAcceptsItsCsrfToken() throws Exception {
        UiBrowser browser = new UiBrowser();
        assertThat(browser.signIn(first.port(), ADMIN, PASSWORD).statusCode()).isEqualTo(303);

        HttpResponse<String> page = browser.get(second.port(), "/ui/points");
        assertThat(page.statusCode()).as("the second instance knows the session").isEqualTo(200);
        assertThat(page.body()).contains("Acme Agency", ADMIN);

        HttpResponse<String> signOut = browser.post(second.port(), "/ui/sign-out");
        assertThat(signOut.statusCode()).as("the CSRF token of the first instance, checked by the second: %s",
                signOut.body()).isEqualTo(303);
        assertThat(browser.get(first.port(), "/ui/points").statusCode()).as("signed out everywhere").isEqualTo(303);
    }

    @Test
    void theThrottle_countsTheAttemptsOnBothInstancesTogether() throws Exception {
        UiBrowser browser = new UiBrowser();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(browser.signIn(i % 2 == 0 ? first.port() : second.port(), "second@acme.example",
                    "wrong password " + i).statusCode());
        }

        // each instance alone would check 3 free attempts (6 in all); together they check 3, and a few more only
        // when the machine is so slow that an attempt comes after the growing wait (1 s, then 2 s, ...)
        assertThat(statuses.subList(0, 3)).containsOnly(401);
        assertThat(statuses.stream().filter(s -> s == 401).count()).as("checked: %s", statuses).isLessThanOrEqualTo(4);
        assertThat(statuses).contains(429);
    }

    @Test
    void simultaneousWrongPasswordsOnBothInstances_onlyTheFreeOnesAreChecked() throws Exception {
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ManagedMrrServer instance = i % 2 == 0 ? first : second;
            int n = i;
            attempts.add(() -> new UiBrowser().signIn(instance.port(), "third@acme.example", "wrong password " + n)
                    .statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Integer> statuses = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (Future<Integer> status : pool.invokeAll(attempts, 120, TimeUnit.SECONDS)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        // 3 free attempts; beyond them one more only after each wait (1 s, then 2 s, 4 s...), so on a slow machine
        // whose burst lasts T seconds at most floor(log2(T + 1)) more can come through
        long laterOnes = (long) Math.floor(Math.log(seconds + 1) / Math.log(2));
        long checked = statuses.stream().filter(s -> s == 401).count();
        assertThat(checked).as("checked in %.1f s: %s", seconds, statuses).isBetween(3L, 3 + laterOnes);
        assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(30 - checked);
    }

    @Test
    void anonymousVisitors_leaveNoSessionBehind() throws Exception {
        long before = rows("admin_sessions");
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> page = new UiBrowser().get(i % 2 == 0 ? first.port() : second.port(), "/ui/sign-in");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("mrr-session="));
        }

        assertThat(rows("admin_sessions")).isEqualTo(before);
    }

    @Test
    void revokingALogin_orChangingItsPassword_endsItsSessionsAtOnce() throws Exception {
        UiBrowser revoked = new UiBrowser();
        assertThat(revoked.signIn(first.port(), "fourth@acme.example", PASSWORD).statusCode()).isEqualTo(303);
        UiBrowser changed = new UiBrowser();
        assertThat(changed.signIn(second.port(), ADMIN, PASSWORD).statusCode()).isEqualTo(303);
        assertThat(revoked.get(second.port(), "/ui/points").statusCode()).isEqualTo(200);
        assertThat(changed.get(first.port(), "/ui/points").statusCode()).isEqualTo(200);

        HttpResponse<String> deleted = HttpCalls.send(first.port(), "DELETE",
                "/api/v1/partners/acme/admins/fourth@acme.example", TOKEN, null);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        api(second, "PUT", "/api/v1/partners/acme/admins/" + ADMIN,
                new JsonObject().put("password", "an entirely new passphrase"));

        assertThat(revoked.get(second.port(), "/ui/points").statusCode()).as("revoked login").isEqualTo(303);
        assertThat(changed.get(first.port(), "/ui/points").statusCode()).as("changed password").isEqualTo(303);
        assertThat(new UiBrowser().signIn(first.port(), "fourth@acme.example", PASSWORD).statusCode()).isEqualTo(401);
        assertThat(new UiBrowser().signIn(second.port(), ADMIN, "an entirely new passphrase").statusCode())
                .isEqualTo(303);
        api(first, "PUT", "/api/v1/partners/acme/admins/" + ADMIN, new JsonObject().put("password", PASSWORD));
    }

    private static void api(ManagedMrrServer instance, String method, String path, JsonObject body) throws Exception {
        HttpResponse<String> response = HttpCalls.send(instance.port(), method, path, TOKEN, body.encode());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isIn(200, 201);
    }

    private static long rows(String table) throws Exception {
        try (var connection = com.managedmrr.persistence.database.Jdbc.open(database.url());
             var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
