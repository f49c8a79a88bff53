package com.managedmrr.web.ui;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.RoutingContext;

import java.util.Locale;
import java.util.Optional;

/**
 * A language the admin UI is written in. A request's language is the one the admin chose with the header's switch
 * (remembered in the {@value #COOKIE} cookie), else the first of its {@code Accept-Language} the UI speaks, else
 * English.
 */
public enum Language {

    EN("en", Locale.ENGLISH, "English"),
    PL("pl", Locale.forLanguageTag("pl-PL"), "Polski");

    /** The cookie that remembers the admin's choice, for a year. */
    public static final String COOKIE = "lang";
    private static final String CONTEXT_KEY = "ui.language";

    private final String tag;
    private final Locale locale;
    private final String ownName;

    Language(String tag, Locale locale, String ownName) {
        this.tag = tag;
        this.locale = locale;
        this.ownName = ownName;
    }

    /** The language tag of {@code <html lang>} and of the cookie: {@code en}, {@code pl}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** What the language calls itself, as the switch offers it. */
    public String ownName() {
        return ownName;
    }

    /** The language a tag names (its primary subtag, any case), if the UI speaks it. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        int dash = tag.indexOf('-');
        String primary = (dash < 0 ? tag : tag.substring(0, dash)).trim();
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The request's language (worked out once per request). */
    public static Language of(RoutingContext ctx) {
        Language known = ctx.get(CONTEXT_KEY);
        if (known != null) {
            return known;
        }
        Language language = chosen(ctx);
        ctx.put(CONTEXT_KEY, language);
        return language;
    }

    private static Language chosen(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(COOKIE);
        if (cookie != null) {
            Optional<Language> remembered = fromTag(cookie.getValue());
            if (remembered.isPresent()) {
                return remembered.get();
            }
        }
        // sorted by weight, highest first; a weight of 0 means "not this one"
        for (LanguageHeader accepted : ctx.acceptableLanguages()) {
            if (accepted.weight() > 0) {
                Optional<Language> spoken = fromTag(accepted.tag());
                if (spoken.isPresent()) {
                    return spoken.get();
                }
            }
        }
        return EN;
    }
}
