package com.managedmrr.persistence;

import com.managedmrr.domain.contract.BreakdownQueryContract;
import com.managedmrr.domain.contract.StorePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapters held to the {@link BreakdownQueryContract}, on a fresh database. */
class BreakdownQueryContractIT extends BreakdownQueryContract {

    @RegisterExtension
    static final PostgresPorts postgres = new PostgresPorts();

    @Override
    protected StorePorts ports() {
        return postgres.ports();
    }
}
