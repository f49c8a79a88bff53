package com.managedmrr.persistence;

import com.managedmrr.domain.contract.QueryPortsContract;
import com.managedmrr.domain.contract.StorePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapters held to the {@link QueryPortsContract}, on a fresh database. */
class QueryPortsContractIT extends QueryPortsContract {

    @RegisterExtension
    static final PostgresPorts postgres = new PostgresPorts();

    @Override
    protected StorePorts ports() {
        return postgres.ports();
    }
}
