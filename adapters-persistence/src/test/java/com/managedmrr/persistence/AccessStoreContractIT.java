package com.managedmrr.persistence;

import com.managedmrr.domain.contract.AccessStoreContract;
import com.managedmrr.domain.contract.StorePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapters held to the {@link AccessStoreContract}, on a fresh database. */
class AccessStoreContractIT extends AccessStoreContract {

    @RegisterExtension
    static final PostgresPorts postgres = new PostgresPorts();

    @Override
    protected StorePorts ports() {
        return postgres.ports();
    }
}
