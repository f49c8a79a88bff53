package com.managedmrr.application;

import com.managedmrr.domain.port.ActivityIngestionPort;
import com.managedmrr.domain.port.AdminAccountPort;
import com.managedmrr.domain.port.AuditQueryPort;
import com.managedmrr.domain.port.BreakdownQueryPort;
import com.managedmrr.domain.port.CataloguePort;
import com.managedmrr.domain.port.ClientQueryPort;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import com.managedmrr.domain.port.PartnerQueryPort;
import com.managedmrr.domain.port.PasswordHashingPort;
import com.managedmrr.domain.port.PointUnitPort;

/**
 * Every outbound port the use cases need, for {@link ManagedMrrServices#wire(ApplicationPorts)}: the PostgreSQL
 * adapters in production, the in-memory store in tests.
 */
public record ApplicationPorts(
        CommandTransactionPort commands,
        ActivityIngestionPort ingestion,
        BreakdownQueryPort breakdowns,
        PartnerQueryPort partners,
        ClientQueryPort clients,
        CataloguePort catalogue,
        PointUnitPort pointUnits,
        AuditQueryPort audit,
        AdminAccountPort admins,
        PasswordHashingPort hashing,
        ClockPort clock) {
}
