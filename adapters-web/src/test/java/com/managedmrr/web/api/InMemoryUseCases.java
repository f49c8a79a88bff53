package com.managedmrr.web.api;

import com.managedmrr.web.testing.InMemoryAdminAccounts;
import com.managedmrr.application.ApplicationPorts;
import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.domain.testing.InMemoryStore;
import com.managedmrr.domain.testing.MutableClock;

/** Every real service over the in-memory store and a test clock: the wiring bootstrap does, minus PostgreSQL. */
final class InMemoryUseCases {

    private InMemoryUseCases() {
    }

    static ManagedMrrServices create(InMemoryStore store, MutableClock clock, InMemoryAdminAccounts admins) {
        return ManagedMrrServices.wire(new ApplicationPorts(store.commands(), store.ingestion(),
                store, store, store, store, store, store, admins, admins, clock));
    }
}
