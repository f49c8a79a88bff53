package com.managedmrr.web.ui.signin;

import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.application.signin.SignInCommand;
import com.managedmrr.domain.model.AdminAccount;
import com.managedmrr.domain.model.Email;
import com.managedmrr.web.observe.WebMetrics;
import com.managedmrr.web.ui.PageRenderer;
import com.managedmrr.web.ui.Paths;
import com.managedmrr.web.ui.Redirects;
import com.managedmrr.web.ui.SignedInAdmin;
import com.managedmrr.web.ui.Texts;
import com.managedmrr.web.ui.UiSessions;
import com.managedmrr.web.usecase.UseCaseCall;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Sign in and sign out of the admin UI. A successful sign-in opens a session with a new cookie (no session fixation) and
 * answers 303 to the Points breakdown; the sign-in form itself needs no session (its CSRF token is a signed
 * double-submit cookie). Failed sign-ins are slowed down per account (its canonical e-mail) and per address: each
 * attempt is counted before its password is checked; while one must wait, the attempt is answered 429 with
 * {@code Retry-After} and the password is not even checked. The login and its password are checked by the application's
 * sign-in use case.
 */
public final class SignInRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(SignInRoutes.class);
    private static final String TEMPLATE = "templates/sign-in.html";

    private final PageRenderer pages;
    private final ManagedMrrServices services;
    private final SignInThrottle throttle;
    private final UiSessions sessions;
    private final WebMetrics metrics;

    /** @param metrics counts sign-ins succeeded, failed and throttled */
    public SignInRoutes(PageRenderer pages, ManagedMrrServices services, SignInThrottle throttle, UiSessions sessions,
                        WebMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.services = Objects.requireNonNull(services, "services");
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
            Redirects.seeOther(ctx, Paths.POINTS);
            return;
        }
        render(ctx, 200, new SignInPageView("", Map.of(), null, ctx.queryParams().contains("signed-out")));
    }

    private void signIn(RoutingContext ctx) {
        SignInForm form = SignInForm.from(ctx.request().formAttributes());
        Map<String, String> errors = form.errors(Texts.of(ctx));
        if (!errors.isEmpty()) {
            answer(ctx, 422, form, errors, null);
            return;
        }
        String address = ctx.request().remoteAddress() == null ? "" : ctx.request().remoteAddress().host();
        // the count is keyed on the login's canonical e-mail, however it was typed
        Email email = form.parsedEmail().orElseThrow();
        UseCaseCall.call(ctx, () -> throttle.attempt(email.value(), address))
                .compose(wait -> {
                    if (wait.isPresent()) {
                        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                        metrics.signIn(WebMetrics.SignIn.THROTTLED);
                        LOG.info("sign-in refused (throttled for {} s): account {}", seconds, accountRef(email.value()));
                        ctx.response().putHeader("Retry-After", Long.toString(seconds));
                        answer(ctx, 429, form, Map.of(), Texts.of(ctx).count("signin.error.throttled", seconds));
                        return Future.succeededFuture();
                    }
                    // the attempt is counted already: only a right password takes it back
                    return UseCaseCall.call(ctx, () -> services.signIn().signIn(new SignInCommand(email, form.password())))
                            .compose(account -> {
                                if (account.isEmpty()) {
                                    metrics.signIn(WebMetrics.SignIn.FAILED);
                                    LOG.info("sign-in refused (wrong e-mail address or password): account {}",
                                            accountRef(email.value()));
                                    answer(ctx, 401, form, Map.of(), Texts.of(ctx).get("signin.error.badCredentials"));
                                    return Future.succeededFuture();
                                }
                                metrics.signIn(WebMetrics.SignIn.SUCCEEDED);
                                return UseCaseCall.call(ctx, () -> throttle.succeeded(email.value(), address))
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

    private Future<Void> startSession(RoutingContext ctx, AdminAccount account) {
        return UseCaseCall.call(ctx, () -> services.viewPartner().viewPartner(account.partnerId()))
                .map(partner -> partner.name())
                .otherwise(account.partnerId().value())
                .compose(partnerName -> sessions.signIn(ctx, account, partnerName))
                .compose(opened -> Redirects.seeOther(ctx, Paths.POINTS));
    }

    private void signOut(RoutingContext ctx) {
        sessions.signOut(ctx)
                .compose(closed -> Redirects.seeOther(ctx, Paths.SIGN_IN + "?signed-out"))
                .onFailure(ctx::fail);
    }

    private void answer(RoutingContext ctx, int status, SignInForm form, Map<String, String> errors, String message) {
        render(ctx, status, new SignInPageView(form.email(), errors, message, false));
    }

    private void render(RoutingContext ctx, int status, SignInPageView view) {
        pages.render(ctx, status, TEMPLATE, view).onFailure(ctx::fail);
    }

    /** The sign-in form: the e-mail as sent, each field's error, the refusal above the form, and "signed out". */
    public record SignInPageView(String email, Map<String, String> errors, String message, boolean signedOut) {
    }
}
