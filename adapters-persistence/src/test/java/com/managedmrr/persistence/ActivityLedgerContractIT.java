package com.managedmrr.persistence;

import com.managedmrr.domain.contract.ActivityLedgerContract;
import com.managedmrr.domain.contract.StorePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapters held to the {@link ActivityLedgerContract}, on a fresh database. */
class ActivityLedgerContractIT extends ActivityLedgerContract {

    @RegisterExtension
    static final PostgresPorts postgres = new PostgresPorts();

    @Override
    protected StorePorts ports() {
        return postgres.ports();
    }
}
