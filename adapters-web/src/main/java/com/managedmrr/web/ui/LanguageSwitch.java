package com.managedmrr.web.ui;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.time.Duration;
import java.util.Optional;

/**
 * The header's language switch: {@code POST /ui/language} with {@code lang} ({@code en}, {@code pl}) remembers the
 * choice in the {@value Language#COOKIE} cookie for a year and answers 303 to {@code back}, the page it was sent from
 * (a path of the UI; anything else goes to the Points breakdown). It needs no sign-in, so the sign-in page has it too.
 */
final class LanguageSwitch {

    static final String PATH = "/language";
    private static final long ONE_YEAR_SECONDS = Duration.ofDays(365).toSeconds();
    private static final int MAX_BACK_LENGTH = 2048;

    private final boolean secureCookies;

    LanguageSwitch(boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    void mount(Router ui) {
        ui.post(PATH).handler(this::choose);
    }

    private void choose(RoutingContext ctx) {
        Optional<Language> language = Language.fromTag(ctx.request().getFormAttribute("lang"));
        if (language.isEmpty()) {
            ctx.fail(400);
            return;
        }
        ctx.response().addCookie(Cookie.cookie(Language.COOKIE, language.get().tag())
                .setPath(Paths.MOUNT)
                .setMaxAge(ONE_YEAR_SECONDS)
                .setHttpOnly(true)
                .setSecure(secureCookies)
                .setSameSite(CookieSameSite.LAX));
        Redirects.seeOther(ctx, back(ctx.request().getFormAttribute("back")));
    }

    /** Where to go after the switch: the page it was on, if that is a path of the UI (never another site). */
    static String back(String back) {
        boolean local = back != null && back.length() <= MAX_BACK_LENGTH
                && (back.equals(Paths.MOUNT) || back.startsWith(Paths.MOUNT + "/") || back.startsWith(Paths.MOUNT + "?"))
                && back.chars().noneMatch(c -> c < 0x20 || c == '\\' || c == 0x7f)
                && !back.startsWith(Paths.MOUNT + PATH);
        return local ? back : Paths.POINTS;
    }
}
