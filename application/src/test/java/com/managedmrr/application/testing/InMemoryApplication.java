package com.managedmrr.application.testing;

import com.managedmrr.application.ApplicationPorts;
import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.domain.model.AdminAccount;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.port.AdminAccountPort;
import com.managedmrr.domain.port.PasswordHashingPort;
import com.managedmrr.domain.testing.InMemoryStore;
import com.managedmrr.domain.testing.MutableClock;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Every use case, wired by {@link ManagedMrrServices#wire} over one {@link InMemoryStore} and one
 * {@link MutableClock}: the application as the web adapters see it, without a database. A fresh instance per test.
 * Admin logins are the web tests' business: here they are refused.
 */
public final class InMemoryApplication {

    public final InMemoryStore store;
    public final MutableClock clock;
    public final ManagedMrrServices services;

    public InMemoryApplication() {
        this(new InMemoryStore(), new MutableClock());
    }

    public InMemoryApplication(MutableClock clock) {
        this(new InMemoryStore(), clock);
    }

    public InMemoryApplication(InMemoryStore store, MutableClock clock) {
        this.store = store;
        this.clock = clock;
        NoAdminLogins admins = new NoAdminLogins();
        this.services = ManagedMrrServices.wire(new ApplicationPorts(store.commands(), store.ingestion(), store, store,
                store, store, store, store, admins, admins, clock));
    }

    /** Refuses every admin login: no application test signs an admin in. */
    private static final class NoAdminLogins implements AdminAccountPort, PasswordHashingPort {

        @Override
        public CompletionStage<Optional<AdminAccount>> admin(Email email) {
            return refused();
        }

        @Override
        public CompletionStage<Boolean> saveAdmin(AdminAccount account) {
            return refused();
        }

        @Override
        public CompletionStage<java.util.List<Email>> admins(com.managedmrr.domain.model.PartnerId partnerId,
                                                             int limit, Optional<Email> after) {
            return refused();
        }

        @Override
        public CompletionStage<Boolean> deleteAdmin(com.managedmrr.domain.model.PartnerId partnerId, Email email) {
            return refused();
        }

        @Override
        public CompletionStage<String> hash(String password) {
            return refused();
        }

        @Override
        public CompletionStage<Boolean> verify(String hash, String password) {
            return refused();
        }

        private static <T> CompletionStage<T> refused() {
            return CompletableFuture.failedFuture(
                    new UnsupportedOperationException("no admin logins in the application's in-memory tests"));
        }
    }
}
