package com.managedmrr.web.ui;

import com.managedmrr.application.signin.FindAdminUseCase;
import com.managedmrr.domain.model.AdminAccount;
import com.managedmrr.domain.port.AdminSessionPort;
import com.managedmrr.web.usecase.UseCaseCall;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The admin UI's sessions: a session exists only once an admin has signed in (an anonymous visitor has none, so
 * visitors cost no storage), and lives in an {@link AdminSessionPort} that every instance shares. The cookie holds
 * 256 random bits; the store knows the session by their HMAC under the UI secret, never by the cookie's value. Each
 * request with a cookie finds its session and checks the login still exists with the password it signed in with: a
 * revoked login or a changed password ends its sessions at once.
 */
public final class UiSessions implements Handler<RoutingContext> {

    static final String SESSION_KEY = "ui.sessionKey";

    private final AdminSessionPort sessions;
    private final FindAdminUseCase admins;
    private final Clock clock;
    private final UiSettings settings;
    private final String cookieName;
    private final SecureRandom random = new SecureRandom();

    UiSessions(AdminSessionPort sessions, FindAdminUseCase admins, UiSettings settings, String cookieName) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.settings = Objects.requireNonNull(settings, "settings");
        // sessions age in real time, whatever clock the product's rules run on
        this.clock = Clock.systemUTC();
        this.cookieName = Objects.requireNonNull(cookieName, "cookieName");
    }

    @Override
    public void handle(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(cookieName);
        if (cookie == null || cookie.getValue() == null || cookie.getValue().isBlank()) {
            ctx.next();
            return;
        }
        String key = key(cookie.getValue());
        if (!ctx.request().isEnded()) {
            ctx.request().pause();
        }
        UseCaseCall.call(ctx, () -> sessions.find(key, clock.instant(), settings.sessionTimeout()))
                .compose(found -> found.isEmpty()
                        ? Future.succeededFuture(Optional.<AdminSessionPort.AdminSession>empty())
                        : UseCaseCall.call(ctx, () -> admins.findAdmin(found.get().email()))
                                .map(account -> account.filter(a -> stillValid(a, found.get())).map(a -> found.get())))
                .onComplete(result -> {
                    if (!ctx.request().isEnded()) {
                        ctx.request().resume();
                    }
                    if (result.failed()) {
                        ctx.fail(result.cause());
                        return;
                    }
                    if (result.result().isPresent()) {
                        AdminSessionPort.AdminSession session = result.result().get();
                        ctx.put(SESSION_KEY, key);
                        new SignedInAdmin(session.partnerId(), session.email(), session.partnerName()).putIn(ctx);
                    } else {
                        expireCookie(ctx);
                    }
                    ctx.next();
                });
    }

    /** Opens a session for the admin (a new cookie, whatever the browser had) and ends the one it replaces. */
    public Future<Void> signIn(RoutingContext ctx, AdminAccount account, String partnerName) {
        byte[] bytes = new byte[32];
        synchronized (random) {
            random.nextBytes(bytes);
        }
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Optional<String> replaced = Optional.ofNullable(ctx.<String>get(SESSION_KEY));
        AdminSessionPort.AdminSession session = new AdminSessionPort.AdminSession(account.partnerId(), account.email(),
                partnerName, credential(account.passwordHash()), clock.instant());
        return UseCaseCall.call(ctx, () -> sessions.open(key(value), session))
                .compose(opened -> replaced.isEmpty() ? Future.<Void>succeededFuture()
                        : UseCaseCall.call(ctx, () -> sessions.close(replaced.get())))
                .onSuccess(done -> ctx.response().addCookie(cookie(value)));
    }

    /** Ends the request's session, if any, and expires its cookie. */
    public Future<Void> signOut(RoutingContext ctx) {
        String key = ctx.get(SESSION_KEY);
        expireCookie(ctx);
        if (key == null) {
            return Future.succeededFuture();
        }
        return UseCaseCall.call(ctx, () -> sessions.close(key));
    }

    private boolean stillValid(AdminAccount account, AdminSessionPort.AdminSession session) {
        return account.partnerId().equals(session.partnerId()) && MessageDigest.isEqual(
                credential(account.passwordHash()).getBytes(StandardCharsets.UTF_8),
                session.credential().getBytes(StandardCharsets.UTF_8));
    }

    private Cookie cookie(String value) {
        return Cookie.cookie(cookieName, value)
                .setPath(Paths.MOUNT)
                .setHttpOnly(true)
                .setSecure(settings.secureCookies())
                .setSameSite(CookieSameSite.LAX);
    }

    private void expireCookie(RoutingContext ctx) {
        ctx.response().addCookie(cookie("").setMaxAge(0));
    }

    /** What the store knows a session by: the HMAC-SHA256 of the cookie's value under the UI secret. */
    String key(String cookieValue) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac("session:" + cookieValue));
    }

    /** A fingerprint of the login's password hash (never the hash itself). */
    private String credential(String passwordHash) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac("credential:" + passwordHash));
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.csrfSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
