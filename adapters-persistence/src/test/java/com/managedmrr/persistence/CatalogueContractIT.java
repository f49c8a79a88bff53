package com.managedmrr.persistence;

import com.managedmrr.domain.contract.CatalogueContract;
import com.managedmrr.domain.contract.StorePorts;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapters held to the {@link CatalogueContract}, on a fresh database. */
class CatalogueContractIT extends CatalogueContract {

    @RegisterExtension
    static final PostgresPorts postgres = new PostgresPorts();

    @Override
    protected StorePorts ports() {
        return postgres.ports();
    }
}
