package com.managedmrr.domain.contract;

import com.managedmrr.domain.port.ActivityIngestionPort;
import com.managedmrr.domain.port.BreakdownQueryPort;
import com.managedmrr.domain.port.CataloguePort;
import com.managedmrr.domain.port.ClientQueryPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import com.managedmrr.domain.port.PartnerQueryPort;
import com.managedmrr.domain.port.PointUnitPort;

/** Every outbound store port of one implementation, all on the same store. */
public record StorePorts(CommandTransactionPort commands, ActivityIngestionPort ingestion, BreakdownQueryPort breakdowns,
                         PartnerQueryPort partners, ClientQueryPort clients, CataloguePort catalogue,
                         PointUnitPort pointUnits) {
}
