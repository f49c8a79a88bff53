package com.managedmrr.web.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The UI's icon: served, cached like the other static files, and linked from every page, so no page logs a 404. */
class FaviconTest {

    private static final String LINK = "<link rel=\"icon\" href=\"/ui/static/favicon.svg\" type=\"image/svg+xml\">";

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
    @ValueSource(strings = {"/favicon.ico", "/ui/static/favicon.svg"})
    void theIcon_isServedAsAnSvg_andCachedLikeTheOtherStaticFiles(String path) {
        UiClient.Reply icon = admin.get(path);
        UiClient.Reply css = admin.get("/ui/static/app.css");

        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(icon.body()).startsWith("<svg").contains("</svg>");
        assertThat(icon.header("Cache-Control")).isNotNull().isEqualTo(css.header("Cache-Control"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ui/points", "/ui/clients", "/ui/clients/501", "/ui/contractors",
            "/ui/employees", "/ui/activity", "/ui/no-such-page"})
    void everyPage_linksTheIcon(String path) {
        assertThat(admin.get(path).body()).contains(LINK);
    }

    @Test
    void theSignInPage_linksTheIcon() {
        assertThat(ui.client().get("/ui/sign-in").body()).contains(LINK);
    }
}
