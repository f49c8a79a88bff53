package com.managedmrr.bootstrap;

import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.bootstrap.security.Pbkdf2PasswordHashing;
import com.managedmrr.bootstrap.observe.CountedCommands;
import com.managedmrr.bootstrap.observe.DatabaseWatch;
import com.managedmrr.persistence.database.DatabaseException;
import com.managedmrr.persistence.database.DatabaseMigrator;
import com.managedmrr.persistence.database.DatabaseProvisioner;
import com.managedmrr.persistence.database.DatabaseReadiness;
import com.managedmrr.persistence.database.DatabaseUrl;
import com.managedmrr.persistence.database.PgPoolFactory;
import com.managedmrr.web.WebServer;
import com.managedmrr.domain.port.AdminAccountPort;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.PasswordHashingPort;
import com.managedmrr.persistence.AdminAccountPersistenceAdapter;
import com.managedmrr.persistence.AdminSessionPersistenceAdapter;
import com.managedmrr.persistence.SignInAttemptPersistenceAdapter;
import com.managedmrr.persistence.database.UiSecretStore;
import com.managedmrr.persistence.PersistenceAdapters;
import com.managedmrr.web.api.ApiRouteGroups;
import com.managedmrr.web.api.ApiRouter;
import com.managedmrr.web.observe.WebMetrics;
import com.managedmrr.web.ui.UiRoutes;
import com.managedmrr.web.ui.UiSettings;
import com.managedmrr.bootstrap.demo.DemoClock;
import com.managedmrr.bootstrap.demo.DemoData;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.UnknownHostException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.sqlclient.Pool;

import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The whole server, wired by hand. {@link #start()} goes: database (embedded or the configured server) → create the
 * database if missing → migrate → connection pool → HTTP; only then are requests accepted. {@link #stop()} goes the
 * other way: stop accepting and let requests in flight finish → close the pool → stop Vert.x → stop the embedded
 * database.
 */
public final class ManagedMrrServer {

    private static final Logger LOG = LoggerFactory.getLogger(ManagedMrrServer.class);
    /** How often the database is asked whether it answers, to log when it is lost and regained. */
    static final Duration DATABASE_WATCH_EVERY = Duration.ofSeconds(1);

    /** How long requests in flight may take to finish when the server stops, unless configured. */
    public static final Duration SHUTDOWN_GRACE = Config.DEFAULT_SHUTDOWN_GRACE;
    private static final long START_TIMEOUT_SECONDS = 60;
    /** HTTP verticle instances: one per core, each on its own event loop. */
    static final int WEB_INSTANCES = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final Config config;
    private final Path dataDirectory;

    private EmbeddedDatabase embedded;
    private DatabaseUrl databaseUrl;
    private PrometheusMeterRegistry registry;
    private Vertx vertx;
    private Pool pool;
    private WebServer web;
    private String webDeployment;
    private boolean started;
    /** Set when stopping begins: /ready answers 503 from then on. */
    private final AtomicBoolean draining = new AtomicBoolean();
    private final boolean demo;
    private final ObservabilitySettings observability;
    private DemoData.Login demoLogin;
    private HttpServer metricsServer;
    private DatabaseWatch databaseWatch;
    /** The clock commands take their instant from, when not the system's (tests that replay a fixed sequence). */
    private ClockPort clockOverride;

    /**
     * @param dataDirectory where the embedded database keeps its data ({@code <dataDirectory>/postgres}); unused
     *                      when {@code config} names a database server
     */
    public ManagedMrrServer(Config config, Path dataDirectory) {
        this(config, dataDirectory, false);
    }

    /**
     * @param demo seed a demo partner with clients, staff and 90 days of activities before accepting requests, and
     *             print its admin's sign-in in the banner
     */
    public ManagedMrrServer(Config config, Path dataDirectory, boolean demo) {
        this(config, dataDirectory, demo, ObservabilitySettings.defaults());
    }

    /** @param observability where {@code /metrics} is served (the logging settings are logback's to read) */
    public ManagedMrrServer(Config config, Path dataDirectory, boolean demo, ObservabilitySettings observability) {
        this.observability = Objects.requireNonNull(observability, "observability");
        this.config = Objects.requireNonNull(config, "config");
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
        this.demo = demo;
    }

    /** Commands take their instant from this clock instead of the system's (not with the demo, which has its own). */
    ManagedMrrServer withClock(ClockPort clock) {
        this.clockOverride = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Starts everything, or nothing: on failure, what was started is stopped again.
     *
     * @throws StartupException with the one line to show the operator
     */
    public synchronized ManagedMrrServer start() throws StartupException {
        if (started) {
            throw new IllegalStateException("already started");
        }
        try {
            databaseUrl = prepareDatabase();
            startHttp();
            started = true;
            LOG.info("started: HTTP on port {}, /metrics on port {}, database {} at {}", web.actualPort(),
                    metricsServer == null ? web.actualPort() : metricsServer.actualPort(), databaseUrl.database(),
                    embedded == null ? databaseUrl.address() : "embedded PostgreSQL");
            return this;
        } catch (StartupException | RuntimeException | Error e) {
            stopQuietly();
            throw e;
        }
    }

    /**
     * Stops gracefully; safe to call more than once, and after a failed start. First the drain period
     * ({@link Config#drain()}): {@code /ready} answers 503 at once while requests are still served, so that a load
     * balancer stops sending; then the server stops accepting connections and lets requests in flight finish.
     *
     * @return whether a running server was stopped now
     */
    public boolean stop() {
        synchronized (this) {
            if (!started || !draining.compareAndSet(false, true)) {
                return false;
            }
        }
        drainPause();
        synchronized (this) {
            started = false;
            stopQuietly();
            return true;
        }
    }

    /** Whether stopping has begun ({@code /ready} answers 503). */
    public boolean draining() {
        return draining.get();
    }

    private void drainPause() {
        if (config.drain().isZero()) {
            return;
        }
        try {
            Thread.sleep(config.drain().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The HTTP port (useful when configured as 0). */
    public synchronized int port() {
        requireStarted();
        return web.actualPort();
    }

    /** The port {@code /metrics} is served on: its own when {@code MRR_METRICS_PORT} is set, else the HTTP port. */
    public synchronized int metricsPort() {
        requireStarted();
        return metricsServer == null ? web.actualPort() : metricsServer.actualPort();
    }

    /** The database the server uses (for tests and the banner); its password is never printed by toString. */
    public synchronized DatabaseUrl databaseUrl() {
        requireStarted();
        return databaseUrl;
    }

    /** The few lines printed at start-up: URL, database, and the API token when it was generated. */
    public synchronized List<String> banner() {
        requireStarted();
        List<String> lines = new ArrayList<>();
        lines.add("managed-mrr " + BuildInfo.version() + " is ready on http://" + displayHost() + ":" + port()
                + "  (API under /api/v1, health /health /ready, metrics /metrics)");
        config.publicUrl().ifPresent(url -> lines.add("  public URL: " + url + (config.servedOverHttps()
                ? "  (HTTPS: Secure cookies and HSTS)" : "")));
        if (embedded != null) {
            lines.add("  database: embedded PostgreSQL, data kept in " + embedded.directory());
        } else {
            lines.add("  database: PostgreSQL at " + databaseUrl.address() + ", database " + databaseUrl.database()
                    + ", user " + databaseUrl.user());
        }
        if (demoLogin != null) {
            lines.add("  demo: sign in at http://" + displayHost() + ":" + port() + "/ui as " + demoLogin.email() + " / "
                    + demoLogin.password());
        }
        if (!config.apiTokenGenerated()) {
            lines.add("  API callers: " + String.join(", ", config.apiTokens().keySet()));
        }
        if (config.apiTokenGenerated()) {
            lines.add("  API token (generated for this run; set " + Config.API_TOKENS + " or " + Config.API_TOKEN + " to choose): "
                    + config.apiToken());
        }
        return lines;
    }

    private DatabaseUrl prepareDatabase() throws StartupException {
        DatabaseUrl url;
        String subject;
        if (config.databaseUrl().isPresent()) {
            url = config.databaseUrl().get();
            subject = Config.DATABASE_URL;
        } else {
            embedded = EmbeddedDatabase.start(dataDirectory.resolve("postgres"));
            url = embedded.url();
            subject = "embedded PostgreSQL in " + embedded.directory();
        }
        try {
            DatabaseProvisioner.ensureDatabaseExists(url);
            int applied = DatabaseMigrator.migrate(url);
            LOG.info("database {} migrated: {} migration(s) applied now", url.database(), applied);
        } catch (DatabaseException e) {
            throw new StartupException(subject + ": " + e.getMessage(), e);
        }
        return url;
    }

    private void startHttp() throws StartupException {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(new BoundedMethodLabel());
        vertx = Vertx.builder()
                .with(new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions()
                        .setEnabled(true)
                        .setJvmMetricsEnabled(true)
                        .addLabels(Label.HTTP_ROUTE)))
                .withMetrics(new MicrometerMetricsFactory(registry))
                .build();
        Gauge.builder("build.info", () -> 1).description("the running build: its version as a label")
                .tag("version", BuildInfo.version()).strongReference(true).register(registry);
        pool = PgPoolFactory.create(vertx, databaseUrl, config.databasePoolSize());
        WebMetrics webMetrics = new WebMetrics(registry);
        PersistenceAdapters store = PersistenceAdapters.on(pool, config.databasePoolSize());
        // committed commands counted by kind, and the relationships they ended by reason
        PersistenceAdapters ports = new PersistenceAdapters(new CountedCommands(store.commands(), registry),
                store.ingestion(), store.breakdowns(), store.partners(), store.clients(), store.catalogue(),
                store.pointUnits(), store.audit());
        DemoClock demoClock = demo ? DemoClock.system() : null;
        ClockPort clock = demo ? demoClock : clockOverride != null ? clockOverride : new SystemClock();
        AdminAccountPort admins = new AdminAccountPersistenceAdapter(pool);
        PasswordHashingPort hashing = new Pbkdf2PasswordHashing(vertx);
        ManagedMrrServices useCases = Services.wire(ports, admins, hashing, clock);
        if (demo) {
            demoLogin = seedDemo(useCases, demoClock);
        }
        UiRoutes ui = new UiRoutes(vertx, useCases, clock::now, uiSettings(), webMetrics,
                new AdminSessionPersistenceAdapter(pool), new SignInAttemptPersistenceAdapter(pool));
        Handler<RoutingContext> scrape = PrometheusScrapingHandler.create(registry);
        if (observability.metricsPort().isPresent()) {
            startMetricsServer(scrape, observability.metricsPort().getAsInt());
        }
        WebServer.Settings settings = new WebServer.Settings(
                config.httpHost(),
                config.httpPort(),
                BuildInfo.version(),
                draining::get,
                DatabaseReadiness.check(pool),
                metricsServer == null ? scrape : ctx -> ctx.next(), // served on its own port: not here
                new ApiRouter(config.apiTokens(), ApiRouteGroups.of(useCases, webMetrics),
                        ApiRouter.DEFAULT_REQUEST_TIMEOUT),
                ui::mount,
                config.shutdownGrace(),
                WebServer.Limits.defaults(),
                webMetrics);
        // one instance per event loop (they share the listening socket): parsing and encoding JSON bodies and rendering
        // pages use every core instead of one
        List<WebServer> instances = new CopyOnWriteArrayList<>();
        try {
            webDeployment = vertx.deployVerticle(() -> {
                        WebServer instance = new WebServer(settings);
                        instances.add(instance);
                        return instance;
                    }, new DeploymentOptions().setInstances(WEB_INSTANCES))
                    .await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            web = instances.get(0);
        } catch (Exception e) {
            throw listenFailure(e);
        }
        databaseWatch = new DatabaseWatch(vertx, DatabaseReadiness.check(pool), DATABASE_WATCH_EVERY).start();
    }

    private void startMetricsServer(Handler<RoutingContext> scrape, int port) throws StartupException {
        Router router = Router.router(vertx);
        router.get("/metrics").handler(scrape);
        try {
            metricsServer = vertx.createHttpServer(new HttpServerOptions().setPort(port))
                    .requestHandler(router)
                    .listen()
                    .await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new StartupException(ObservabilitySettings.METRICS_PORT + ": cannot listen on port " + port + ": "
                    + EmbeddedDatabase.oneLine(e), e);
        }
    }

    /**
     * Secure cookies and HSTS when the public URL is https; the sessions' and CSRF tokens' secret from the
     * configuration, or else the one kept in the database (so every instance on it agrees).
     */
    private UiSettings uiSettings() throws StartupException {
        String secret;
        try {
            secret = config.uiSecret().orElseGet(() -> UiSecretStore.getOrCreate(databaseUrl));
        } catch (DatabaseException e) {
            throw new StartupException(Config.UI_SECRET + " is unset and " + e.getMessage(), e);
        }
        return new UiSettings(config.servedOverHttps(), UiSettings.DEFAULT_SESSION_TIMEOUT, secret,
                Clock.systemUTC());
    }

    private static DemoData.Login seedDemo(ManagedMrrServices useCases, DemoClock clock) throws StartupException {
        try {
            return new DemoData(Services.demo(useCases), clock).seed().toCompletableFuture()
                    .get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("--demo: interrupted while seeding the demo data", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new StartupException("--demo: could not seed the demo data: " + EmbeddedDatabase.oneLine(e), e);
        }
    }

    private StartupException listenFailure(Throwable e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof BindException)) {
            cause = cause.getCause();
        }
        if (cause != null || String.valueOf(e.getMessage()).contains("Address already in use")) {
            return new StartupException(Config.HTTP_PORT + ": port " + config.httpPort() + " is already in use", e);
        }
        if (String.valueOf(EmbeddedDatabase.oneLine(e)).contains("Cannot assign requested address")
                || cause(e, UnknownHostException.class)) {
            return new StartupException(Config.HTTP_HOST + ": cannot listen on " + config.httpHost() + " (not an "
                    + "address of this machine)", e);
        }
        return new StartupException(Config.HTTP_PORT + ": cannot listen on port " + config.httpPort() + ": "
                + EmbeddedDatabase.oneLine(e), e);
    }

    private static boolean cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** How the banner names the host: localhost when listening on every interface. */
    private String displayHost() {
        String host = config.httpHost();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            return "localhost";
        }
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private void stopQuietly() {
        if (databaseWatch != null) {
            databaseWatch.stop();
            databaseWatch = null;
        }
        if (vertx != null) {
            if (metricsServer != null) {
                await(metricsServer.close(), Duration.ofSeconds(5), "stopping the metrics server");
                metricsServer = null;
            }
            if (webDeployment != null) {
                await(vertx.undeploy(webDeployment), config.shutdownGrace().plusSeconds(5), "stopping HTTP");
                webDeployment = null;
            }
            if (pool != null) {
                await(pool.close(), Duration.ofSeconds(10), "closing the connection pool");
                pool = null;
            }
            await(vertx.close(), Duration.ofSeconds(10), "stopping Vert.x");
            vertx = null;
        }
        if (registry != null) {
            registry.close();
            registry = null;
        }
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }

    private static void await(Future<?> future, Duration timeout, String what) {
        try {
            future.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            System.err.println("managed-mrr: " + what + " failed: " + EmbeddedDatabase.oneLine(e));
        }
    }

    private void requireStarted() {
        if (!started) {
            throw new IllegalStateException("the server is not running");
        }
    }
}
