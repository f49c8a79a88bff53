package com.managedmrr.web.ui;

import com.managedmrr.application.ApplicationPorts;
import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.testing.InMemoryStore;
import com.managedmrr.domain.testing.MutableClock;
import com.managedmrr.web.WebServer;
import com.managedmrr.web.observe.WebMetrics;
import com.managedmrr.web.testing.InMemoryAdminAccounts;
import com.managedmrr.web.testing.InMemoryAdminSessions;
import com.managedmrr.web.testing.InMemorySignInAttempts;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;

/**
 * The admin UI on a real HTTP server on a free port, over the real services and the in-memory store, with a clock
 * the test moves (the services run on that clock, or on one built over it, such as the demo's clock that travels back
 * in time while the demo story is told). Each instance has its own state, sessions and sign-in slowdown.
 */
final class TestUi implements AutoCloseable {

    /** One Vert.x for the whole test run. */
    static final Vertx VERTX = Vertx.vertx();

    final InMemoryStore store = new InMemoryStore();
    final MutableClock clock;
    final ClockPort serviceClock;
    final InMemoryAdminAccounts admins = new InMemoryAdminAccounts();
    final ManagedMrrServices services;
    final Given given;
    final InMemoryAdminSessions sessions = new InMemoryAdminSessions();
    private final HttpServer server;

    private TestUi(Instant now, UnaryOperator<ClockPort> serviceClockOver) {
        clock = new MutableClock(now);
        serviceClock = serviceClockOver.apply(clock);
        services = ManagedMrrServices.wire(new ApplicationPorts(store.commands(), store.ingestion(), store, store,
                store, store, store, store, admins, admins, serviceClock));
        given = new Given(services);
        UiSettings settings = UiSettings.defaults().withThrottleClock(new ClockOver(clock));
        UiRoutes ui = routes(settings, sessions);
        Router root = Router.router(VERTX);
        ui.mount(root);
        server = VERTX.createHttpServer(WebServer.compressing(new HttpServerOptions())).requestHandler(root).listen(0)
                .await();
    }

    /** The UI's routes over this instance's services, with the given settings and sessions. */
    UiRoutes routes(UiSettings settings, InMemoryAdminSessions sessions) {
        return new UiRoutes(VERTX, services, serviceClock::now, settings, WebMetrics.none(), sessions,
                new InMemorySignInAttempts());
    }

    static TestUi start() {
        return new TestUi(MutableClock.DEFAULT_START, UnaryOperator.identity());
    }

    static TestUi start(Instant now) {
        return new TestUi(now, UnaryOperator.identity());
    }

    /** The services on a clock built over the test's clock. */
    static TestUi start(UnaryOperator<ClockPort> serviceClockOver) {
        return new TestUi(MutableClock.DEFAULT_START, serviceClockOver);
    }

    int port() {
        return server.actualPort();
    }

    String baseUrl() {
        return "http://localhost:" + port();
    }

    UiClient client() {
        return new UiClient(VERTX, port());
    }

    @Override
    public void close() {
        server.close().await();
    }

    /** A java.time clock that reads the test's clock (for the sign-in slowdown). */
    static final class ClockOver extends Clock {
        private final MutableClock clock;

        ClockOver(MutableClock clock) {
            this.clock = clock;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return clock.now();
        }
    }
}
