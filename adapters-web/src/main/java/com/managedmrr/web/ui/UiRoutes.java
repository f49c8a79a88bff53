package com.managedmrr.web.ui;

import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.domain.port.AdminSessionPort;
import com.managedmrr.domain.port.SignInAttemptPort;
import com.managedmrr.web.api.StorableText;
import com.managedmrr.web.observe.WebMetrics;
import com.managedmrr.web.ui.access.AccessDirectory;
import com.managedmrr.web.ui.access.ClientPageRoutes;
import com.managedmrr.web.ui.access.ClientsPageRoutes;
import com.managedmrr.web.ui.access.ContractorsPageRoutes;
import com.managedmrr.web.ui.access.EmployeesPageRoutes;
import com.managedmrr.web.ui.audit.ActivityLogPageRoutes;
import com.managedmrr.web.ui.points.PointsPageRoutes;
import com.managedmrr.web.ui.signin.SignInRoutes;
import com.managedmrr.web.ui.signin.SignInThrottle;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.CSRFHandler;

import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Objects;

/**
 * The partner admins' web UI, under {@code /ui}: sign-in, the Points breakdown and the Client Access Manager
 * (Clients, a client's page, Contractors, Employees). Server-rendered Thymeleaf pages with htmx partials; sessions
 * (opened at sign-in only) in a store every instance shares, named by HttpOnly SameSite cookies; a signed CSRF token
 * on every state-changing request; a strict Content-Security-Policy.
 *
 * <p>Bootstrap builds one instance and calls {@link #mount(Router)} on the main router (each time a router is built;
 * the session store and the sign-in slowdown are shared by all of them).
 */
public final class UiRoutes {

    public static final String MOUNT_POINT = Paths.MOUNT;
    public static final long BODY_LIMIT_BYTES = 64 * 1024;
    static final String SESSION_COOKIE = "mrr-session";
    static final String CSRF_COOKIE = "XSRF-TOKEN";

    private final Vertx vertx;
    private final ManagedMrrServices services;
    private final InstantSource clock;
    private final UiSettings settings;
    private final UiSessions sessions;
    private final SignInThrottle throttle;
    private final PageRenderer pages;
    private final StaticAssets assets;
    private final WebMetrics metrics;

    /**
     * @param services  the application's use cases, the same the API calls
     * @param clock     the instant the pages take as now (the services' clock)
     * @param metrics   counts sign-ins by outcome
     * @param sessions  the signed-in sessions, shared by every instance
     * @param attempts  the failed sign-in counts, shared by every instance
     */
    public UiRoutes(Vertx vertx, ManagedMrrServices services, InstantSource clock, UiSettings settings,
                    WebMetrics metrics, AdminSessionPort sessions, SignInAttemptPort attempts) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.vertx = Objects.requireNonNull(vertx, "vertx");
        this.services = Objects.requireNonNull(services, "services");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sessions = new UiSessions(sessions, services.findAdmin(), settings, SESSION_COOKIE);
        this.throttle = new SignInThrottle(attempts, settings.throttleClock());
        this.assets = StaticAssets.load();
        this.pages = new PageRenderer(vertx, assets);
    }

    /**
     * Mounts the UI at {@code /ui} and sends {@code /} there; {@code /favicon.ico}, which browsers ask for on their own,
     * is the UI's icon.
     */
    public void mount(Router root) {
        root.get("/").handler(ctx -> ctx.redirect(MOUNT_POINT + "/"));
        root.get("/favicon.ico").handler(new SecurityHeaders(settings.secureCookies())).handler(assets::serveIcon);
        root.route(MOUNT_POINT + "/*").subRouter(create());
    }

    /**
     * A form body whose percent-escapes are not UTF-8, or hold NUL, is refused (400) before any field is read: decoded,
     * it would become replacement characters silently, or text that no column can store.
     */
    private static void requireStorableForm(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && ctx.body().buffer() != null
                && !StorableText.wellFormedPercentEncoded(ctx.body().buffer().toString(StandardCharsets.ISO_8859_1))) {
            ctx.fail(400);
            return;
        }
        ctx.next();
    }

    /** The UI's own router, with paths relative to {@link #MOUNT_POINT}. */
    public Router create() {
        Router ui = Router.router(vertx);
        ui.route().handler(new SecurityHeaders(settings.secureCookies()));

        ui.route("/static/*").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(assets::serve);

        ui.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT_BYTES));
        ui.route().handler(UiRoutes::requireStorableForm);
        // no Vert.x session: the signed-in admin comes from the shared session store, and the CSRF handler works as a
        // signed double-submit cookie, which the sign-in form of an anonymous visitor needs no session for
        ui.route().handler(sessions);
        ui.route().handler(CSRFHandler.create(vertx, settings.csrfSecret())
                .setCookieName(CSRF_COOKIE)
                .setCookiePath(MOUNT_POINT)
                .setCookieSecure(settings.secureCookies())
                .setTimeout(settings.sessionTimeout().toMillis())
                .setNagHttps(false));
        ui.route().handler(UiRoutes::echoCsrfToken);

        new SignInRoutes(pages, services, throttle, sessions, metrics).mount(ui);
        new LanguageSwitch(settings.secureCookies()).mount(ui);

        ui.route().handler(new RequireSignedIn());
        ui.get("/").handler(ctx -> ctx.redirect(Paths.POINTS));
        AccessDirectory directory = new AccessDirectory(services);
        new PointsPageRoutes(pages, services, clock).mount(ui);
        new ClientsPageRoutes(pages, services, directory).mount(ui);
        new ClientPageRoutes(pages, services, directory, clock).mount(ui);
        new ContractorsPageRoutes(pages, services, directory).mount(ui);
        new EmployeesPageRoutes(pages, directory).mount(ui);
        new ActivityLogPageRoutes(pages, services, clock).mount(ui);

        ui.route().handler(ctx -> ctx.fail(404));
        ui.route().failureHandler(new UiFailureHandler(pages));
        return ui;
    }

    /**
     * The CSRF handler turns the token over after every accepted state change; htmx requests get the current one in a
     * response header, and the page's script keeps its meta tag and hidden fields up to date with it.
     */
    private static void echoCsrfToken(RoutingContext ctx) {
        String token = ctx.get(PageRenderer.CSRF_FIELD);
        if (token != null && Htmx.isHtmx(ctx)) {
            ctx.response().putHeader(PageRenderer.CSRF_FIELD, token);
        }
        ctx.next();
    }
}
