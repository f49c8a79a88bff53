package com.managedmrr.bootstrap;

import com.managedmrr.application.ApplicationPorts;
import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.bootstrap.demo.DemoData;
import com.managedmrr.domain.port.AdminAccountPort;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.PasswordHashingPort;
import com.managedmrr.persistence.PersistenceAdapters;

/** Every use case over the PostgreSQL adapters, each service built once by {@link ManagedMrrServices#wire}. */
final class Services {

    private Services() {
    }

    static ManagedMrrServices wire(PersistenceAdapters ports, AdminAccountPort admins, PasswordHashingPort hashing,
                                   ClockPort clock) {
        return ManagedMrrServices.wire(new ApplicationPorts(ports.commands(), ports.ingestion(),
                ports.breakdowns(), ports.partners(), ports.clients(), ports.catalogue(), ports.pointUnits(),
                ports.audit(), admins, hashing, clock));
    }

    /** The use cases the {@code --demo} seeder plays its story through. */
    static DemoData.UseCases demo(ManagedMrrServices services) {
        return DemoData.UseCases.from(services);
    }
}
