package com.managedmrr.domain.contract;

import com.managedmrr.domain.port.AuditQueryPort;
import com.managedmrr.domain.testing.InMemoryStore;

/** The in-memory fake held to the {@link AuditTrailContract}, a fresh store for each test. */
class InMemoryAuditTrailContractTest extends AuditTrailContract {

    private final InMemoryStore store = new InMemoryStore();

    @Override
    protected StorePorts ports() {
        return InMemoryPorts.of(store);
    }

    @Override
    protected AuditQueryPort audit() {
        return store;
    }
}
