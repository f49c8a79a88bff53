package com.managedmrr.domain.contract;

import com.managedmrr.domain.testing.InMemoryStore;

/** The in-memory fake held to the {@link QueryPortsContract}, a fresh store for each test. */
class InMemoryQueryPortsContractTest extends QueryPortsContract {

    private final StorePorts ports = InMemoryPorts.of(new InMemoryStore());

    @Override
    protected StorePorts ports() {
        return ports;
    }
}
