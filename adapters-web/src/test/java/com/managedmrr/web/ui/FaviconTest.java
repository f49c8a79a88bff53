package com.managedmrr.web.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The UI's icon: served, cached like the other static files, and linked from every page, so no page logs a 404. */
class FaviconTest {

    private static final String LINK =
            "<link rel=\"icon\" href=\"/ui/static/favicon\\.[0-9a-f]{8}\\.svg\" type=\"image/svg\\+xml\">";

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

    @Test
    void theLinkedIcon_isServedAsAnSvg_andCachedLikeTheOtherStaticFiles() {
        String page = admin.get("/ui/points").body();
        UiClient.Reply icon = admin.get(linked(page, "<link rel=\"icon\" href=\"([^\"]+)\""));
        UiClient.Reply css = admin.get(linked(page, "<link rel=\"stylesheet\" href=\"([^\"]+)\""));

        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(icon.body()).startsWith("<svg").contains("</svg>");
        assertThat(icon.header("Cache-Control")).isEqualTo(css.header("Cache-Control"))
                .isEqualTo(StaticAssets.IMMUTABLE);
    }

    /** {@code /favicon.ico} cannot change its URL with its content: it is kept a day, not a year. */
    @Test
    void theIconAtTheUrlBrowsersAskFor_isTheSameSvg_keptADay() {
        UiClient.Reply icon = ui.client().get("/favicon.ico");
        String page = admin.get("/ui/points").body();

        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(icon.body()).isEqualTo(admin.get(linked(page, "<link rel=\"icon\" href=\"([^\"]+)\"")).body());
        assertThat(icon.header("Cache-Control")).isEqualTo("public, max-age=86400");
        assertThat(icon.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    private static String linked(String page, String pattern) {
        Matcher link = Pattern.compile(pattern).matcher(page);
        assertThat(link.find()).as(pattern).isTrue();
        return link.group(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ui/points", "/ui/clients", "/ui/clients/501", "/ui/contractors",
            "/ui/employees", "/ui/activity", "/ui/no-such-page"})
    void everyPage_linksTheIcon(String path) {
        assertThat(admin.get(path).body()).containsPattern(LINK);
    }

    @Test
    void theSignInPage_linksTheIcon() {
        assertThat(ui.client().get("/ui/sign-in").body()).containsPattern(LINK);
    }
}
