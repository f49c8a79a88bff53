package com.managedmrr.persistence;

import com.managedmrr.domain.contract.AccessCommandPortContract;
import com.managedmrr.domain.contract.StorePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapters held to the {@link AccessCommandPortContract}, on a fresh database. */
class AccessCommandPortContractIT extends AccessCommandPortContract {

    @RegisterExtension
    static final PostgresPorts postgres = new PostgresPorts();

    @Override
    protected StorePorts ports() {
        return postgres.ports();
    }
}
