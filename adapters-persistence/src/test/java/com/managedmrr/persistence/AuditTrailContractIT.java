package com.managedmrr.persistence;

import com.managedmrr.domain.contract.AuditTrailContract;
import com.managedmrr.domain.contract.StorePorts;
import com.managedmrr.domain.port.AuditQueryPort;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapters held to the {@link AuditTrailContract}, on a fresh database. */
class AuditTrailContractIT extends AuditTrailContract {

    @RegisterExtension
    static final PostgresPorts postgres = new PostgresPorts();

    @Override
    protected StorePorts ports() {
        return postgres.ports();
    }

    @Override
    protected AuditQueryPort audit() {
        return postgres.adapters().audit();
    }
}
