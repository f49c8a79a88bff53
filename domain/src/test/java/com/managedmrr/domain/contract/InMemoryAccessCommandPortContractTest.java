package com.managedmrr.domain.contract;

import com.managedmrr.domain.testing.InMemoryStore;

/** The in-memory fake held to the {@link AccessCommandPortContract}, a fresh store for each test. */
class InMemoryAccessCommandPortContractTest extends AccessCommandPortContract {

    private final StorePorts ports = InMemoryPorts.of(new InMemoryStore());

    @Override
    protected StorePorts ports() {
        return ports;
    }
}
