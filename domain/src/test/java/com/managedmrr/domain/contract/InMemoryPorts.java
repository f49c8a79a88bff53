package com.managedmrr.domain.contract;

import com.managedmrr.domain.testing.InMemoryStore;

/** The in-memory fake's ports, for the contract suite's {@code InMemory*ContractTest} classes. */
final class InMemoryPorts {

    private InMemoryPorts() {
    }

    static StorePorts of(InMemoryStore store) {
        return new StorePorts(store.commands(), store.ingestion(), store, store, store, store, store);
    }
}
