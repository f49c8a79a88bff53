package com.managedmrr.web.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTest {

    private static TestUi ui;
    private static UiClient admin;

    @BeforeAll
    static void start() {
        ui = TestUi.start();
        Scenario.build(ui);
        admin = Scenario.signedIn(ui);
    }

    @AfterAll
    static void stop() {
        ui.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ui/sign-in", "/ui/points", "/ui/points/chart", "/ui/points/501/explanation",
            "/ui/points.csv", "/ui/clients", "/ui/clients/501", "/ui/contractors", "/ui/employees", "/ui/activity",
            "/ui/static/app.js", "/ui/static/app.css", "/ui/static/htmx.min.js", "/ui/no-such-page",
            "/ui/clients/601"})
    void everyResponse_carriesTheSecurityHeaders(String path) {
        UiClient.Reply reply = admin.get(path);

        String csp = reply.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'none'", "script-src 'self'", "style-src 'self'",
                "frame-ancestors 'none'", "form-action 'self'", "base-uri 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(reply.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ui/points", "/ui/clients", "/ui/clients/501", "/ui/contractors", "/ui/employees",
            "/ui/activity"})
    void signedInPages_areNeverCached(String path) {
        assertThat(admin.get(path).header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void pages_haveNoInlineScriptStyleOrEventHandler() {
        for (String path : List.of("/ui/points", "/ui/points/chart", "/ui/points/501/explanation", "/ui/clients",
                "/ui/clients/501", "/ui/clients/501/add-employees", "/ui/clients/501?remove=ann%40acme.example",
                "/ui/clients/501?remove=ann%40acme.example&step=2", "/ui/contractors",
                "/ui/contractors/fay%40freelance.example/link", "/ui/employees", "/ui/activity", "/ui/sign-in")) {
            String html = admin.get(path).body();
            assertThat(html).as(path)
                    .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
                    .doesNotContainPattern("\\son[a-z]+\\s*=")
                    .doesNotContainPattern("\\sstyle\\s*=")
                    .doesNotContain("<style", "javascript:", "hx-on");
        }
    }

    @Test
    void everyInput_hasALabel() {
        for (String path : List.of("/ui/points", "/ui/clients", "/ui/clients/501/add-employees",
                "/ui/contractors/fay%40freelance.example/link", "/ui/sign-in")) {
            String html = admin.get(path).body();
            Matcher input = Pattern.compile("<input([^>]*)>").matcher(html);
            while (input.find()) {
                String attributes = input.group(1);
                if (attributes.contains("type=\"hidden\"")) {
                    continue;
                }
                Matcher id = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(attributes);
                assertThat(id.find()).as(path + ": an input without id: " + attributes).isTrue();
                assertThat(html).as(path + ": a label for " + id.group(1))
                        .contains("<label for=\"" + id.group(1) + "\"");
            }
        }
    }

    @Test
    void htmx_isServedFromItsWebjar_andConfiguredToSwap422() {
        String page = admin.get("/ui/points").body();
        Matcher script = Pattern.compile("<script src=\"(/ui/static/htmx\\.min\\.[0-9a-f]{8}\\.js)\" defer></script>")
                .matcher(page);
        assertThat(script.find()).as("the page's htmx script").isTrue();
        UiClient.Reply htmx = admin.get(script.group(1));

        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.header("Content-Type")).startsWith("text/javascript");
        assertThat(htmx.body()).contains("htmx");
        assertThat(page)
                .contains("{\"code\":\"422\",\"swap\":true}", "\"allowEval\":false", "\"includeIndicatorStyles\":false");
    }

    @Test
    void theApi_isNotTouchedByTheUi() {
        UiClient.Reply reply = admin.get("/api/v1/partners/acme");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Security-Policy")).isNull();
    }
}
