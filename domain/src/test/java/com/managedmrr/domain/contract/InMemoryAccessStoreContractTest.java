package com.managedmrr.domain.contract;

import com.managedmrr.domain.testing.InMemoryStore;

/** The in-memory fake held to the {@link AccessStoreContract}, a fresh store for each test. */
class InMemoryAccessStoreContractTest extends AccessStoreContract {

    private final StorePorts ports = InMemoryPorts.of(new InMemoryStore());

    @Override
    protected StorePorts ports() {
        return ports;
    }
}
