package com.managedmrr.web.ui.signin;

import com.managedmrr.domain.model.AdminAccount;
import com.managedmrr.domain.model.AdminPassword;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.port.AdminAccountPort;
import com.managedmrr.domain.port.PasswordHashingPort;
import com.managedmrr.web.ui.Async;
import com.managedmrr.web.ui.PageRenderer;
import com.managedmrr.web.ui.Paths;
import com.managedmrr.web.ui.SignedInAdmin;
import com.managedmrr.web.ui.UiSessions;
import com.managedmrr.web.ui.UiUseCases;
import com.managedmrr.web.observe.WebMetrics;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sign in and sign out of the admin UI. A successful sign-in opens a session with a new cookie (no session fixation) and
 * answers 303 to the Points breakdown; the sign-in form itself needs no session (its CSRF token is a signed
 * double-submit cookie). Failed sign-ins are slowed down per account (its canonical e-mail) and per address: each
 * attempt is counted before its password is checked; while one must wait, the attempt is answered 429 with
 * {@code Retry-After} and the password is not even checked. An unknown e-mail costs the
 * same hashing work as a known one, so timing does not tell which logins exist.
 */
public final class SignInRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(SignInRoutes.class);
    private static final String TEMPLATE = "templates/sign-in.html";
    private static final String BAD_CREDENTIALS = "The e-mail address or the password is not right.";

    private final PageRenderer pages;
    private final UiUseCases useCases;
    private final AdminAccountPort admins;
    private final PasswordHashingPort hashing;
    private final SignInThrottle throttle;
    private final UiSessions sessions;
    private final AtomicReference<String> decoyHash = new AtomicReference<>();
    private final WebMetrics metrics;

    public SignInRoutes(PageRenderer pages, UiUseCases useCases, AdminAccountPort admins, PasswordHashingPort hashing,
                        SignInThrottle throttle, UiSessions sessions) {
        this(pages, useCases, admins, hashing, throttle, sessions, WebMetrics.none());
    }

    /** @param metrics counts sign-ins succeeded, failed and throttled */
    public SignInRoutes(PageRenderer pages, UiUseCases useCases, AdminAccountPort admins, PasswordHashingPort hashing,
                        SignInThrottle throttle, UiSessions sessions, WebMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.hashing = Objects.requireNonNull(hashing, "hashing");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /** Paths are relative to the UI's mount point. */
    public void mount(Router ui) {
        ui.get("/sign-in").handler(this::form);
        ui.post("/sign-in").handler(this::signIn);
        ui.post("/sign-out").handler(this::signOut);
    }

    private void form(RoutingContext ctx) {
        if (SignedInAdmin.find(ctx).isPresent()) {
            redirect(ctx, Paths.POINTS);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("email", "");
        model.put("errors", Map.of());
        model.put("signedOut", ctx.queryParams().contains("signed-out"));
        render(ctx, 200, model);
    }

    private void signIn(RoutingContext ctx) {
        SignInForm form = SignInForm.from(ctx.request().formAttributes());
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            answer(ctx, 422, form, errors, null);
            return;
        }
        String address = ctx.request().remoteAddress() == null ? "" : ctx.request().remoteAddress().host();
        // the count is keyed on the login's canonical e-mail, however it was typed
        Email email = form.parsedEmail().orElseThrow();
        Async.call(ctx, () -> throttle.attempt(email.value(), address))
                .compose(wait -> {
                    if (wait.isPresent()) {
                        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                        metrics.signIn(WebMetrics.SignIn.THROTTLED);
                        LOG.info("sign-in refused (throttled for {} s): account {}", seconds, accountRef(email.value()));
                        ctx.response().putHeader("Retry-After", Long.toString(seconds));
                        answer(ctx, 429, form, Map.of(), "Too many failed sign-ins. Wait " + seconds
                                + (seconds == 1 ? " second" : " seconds") + " and try again.");
                        return Future.succeededFuture();
                    }
                    // the attempt is counted already: only a right password takes it back
                    return Async.call(ctx, () -> admins.admin(email))
                            .compose(account -> check(ctx, account, form.password()))
                            .compose(account -> {
                                if (account.isEmpty()) {
                                    metrics.signIn(WebMetrics.SignIn.FAILED);
                                    LOG.info("sign-in refused (wrong e-mail address or password): account {}",
                                            accountRef(email.value()));
                                    answer(ctx, 401, form, Map.of(), BAD_CREDENTIALS);
                                    return Future.succeededFuture();
                                }
                                metrics.signIn(WebMetrics.SignIn.SUCCEEDED);
                                return Async.call(ctx, () -> throttle.succeeded(email.value(), address))
                                        .compose(done -> startSession(ctx, account.get()));
                            });
                })
                .onFailure(ctx::fail);
    }

    /**
     * How a log line names the account of a sign-in: a digest of its normalised e-mail address, the same for every
     * attempt on one account, and never the address itself (nor, ever, the password).
     */
    static String accountRef(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The account when the password is its own; a missing account is checked against a decoy hash all the same. */
    private Future<Optional<AdminAccount>> check(RoutingContext ctx, Optional<AdminAccount> account, String password) {
        if (account.isPresent()) {
            return Async.call(ctx, () -> hashing.verify(account.get().passwordHash(), AdminPassword.normalise(password)))
                    .map(ok -> ok ? account : Optional.empty());
        }
        return decoy(ctx)
                .compose(decoy -> Async.call(ctx, () -> hashing.verify(decoy, password)))
                .map(ignored -> Optional.empty());
    }

    private Future<String> decoy(RoutingContext ctx) {
        String known = decoyHash.get();
        if (known != null) {
            return Future.succeededFuture(known);
        }
        return Async.call(ctx, () -> hashing.hash(UUID.randomUUID() + "-not-a-password"))
                .map(made -> {
                    decoyHash.compareAndSet(null, made);
                    return decoyHash.get();
                });
    }

    private Future<Void> startSession(RoutingContext ctx, AdminAccount account) {
        return Async.call(ctx, () -> useCases.viewPartner().viewPartner(account.partnerId()))
                .map(partner -> partner.name())
                .otherwise(account.partnerId().value())
                .compose(partnerName -> sessions.signIn(ctx, account, partnerName))
                .onSuccess(opened -> redirect(ctx, Paths.POINTS));
    }

    private void signOut(RoutingContext ctx) {
        sessions.signOut(ctx)
                .onSuccess(closed -> redirect(ctx, Paths.SIGN_IN + "?signed-out"))
                .onFailure(ctx::fail);
    }

    private void answer(RoutingContext ctx, int status, SignInForm form, Map<String, String> errors, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("email", form.email());
        model.put("errors", errors);
        model.put("message", message);
        model.put("signedOut", false);
        render(ctx, status, model);
    }

    private void render(RoutingContext ctx, int status, Map<String, Object> model) {
        pages.render(ctx, status, TEMPLATE, model).onFailure(ctx::fail);
    }

    /** 303 See Other: after a POST the browser follows with a GET. */
    static void redirect(RoutingContext ctx, String location) {
        ctx.response().setStatusCode(303).putHeader("Location", location).putHeader("Cache-Control", "no-store").end();
    }
}
