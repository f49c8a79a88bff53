package com.managedmrr.web.ui;

import com.managedmrr.web.testing.InMemoryAdminAccounts;
import com.managedmrr.application.ApplicationPorts;
import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.domain.testing.InMemoryStore;
import com.managedmrr.domain.testing.MutableClock;
import com.managedmrr.web.ui.demo.DemoClock;
import com.managedmrr.web.ui.demo.DemoData;
import com.managedmrr.web.ui.signin.InMemoryAdminSessions;
import com.managedmrr.web.ui.signin.InMemorySignInAttempts;
import com.managedmrr.web.ui.signin.Pbkdf2PasswordHashing;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The admin UI on a real HTTP server on a free port, over the real services and the in-memory store, with a clock
 * the test moves (the services run on a {@link DemoClock} over it, so the demo story can be told too). Each instance
 * has its own state, sessions and sign-in slowdown.
 */
final class TestUi implements AutoCloseable {

    /** One Vert.x for the whole test run. */
    static final Vertx VERTX = Vertx.vertx();
    /** Cheap hashing: these tests check behaviour, not cost. */
    static final int TEST_ITERATIONS = 1_000;

    final InMemoryStore store = new InMemoryStore();
    final MutableClock clock;
    final DemoClock serviceClock;
    final InMemoryAdminAccounts admins = new InMemoryAdminAccounts();
    final Pbkdf2PasswordHashing hashing = new Pbkdf2PasswordHashing(VERTX, TEST_ITERATIONS);
    final ManagedMrrServices services;
    final UiUseCases useCases;
    final Given given;
    final InMemoryAdminSessions sessions = new InMemoryAdminSessions();
    private final HttpServer server;

    private TestUi(Instant now) {
        clock = new MutableClock(now);
        serviceClock = new DemoClock(clock);
        services = ManagedMrrServices.wire(new ApplicationPorts(store.commands(), store.ingestion(), store, store,
                store, store, store, store, admins, hashing, serviceClock));
        useCases = UiUseCases.from(services);
        given = new Given(services);
        UiSettings settings = UiSettings.defaults().withThrottleClock(new ClockOver(clock));
        UiRoutes ui = new UiRoutes(VERTX, useCases, admins, hashing, serviceClock, settings, sessions,
                new InMemorySignInAttempts());
        Router root = Router.router(VERTX);
        ui.mount(root);
        server = VERTX.createHttpServer().requestHandler(root).listen(0).await();
    }

    static TestUi start() {
        return new TestUi(MutableClock.DEFAULT_START);
    }

    static TestUi start(Instant now) {
        return new TestUi(now);
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

    /** Seeds the demo story and answers its admin login. */
    DemoData.Login demo() {
        return new DemoData(DemoData.UseCases.from(services), serviceClock).seed().toCompletableFuture().join();
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
