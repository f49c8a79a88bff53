package com.managedmrr.application.partner;

import com.managedmrr.domain.model.HubId;
import java.util.Objects;

/** A client the partner has ever been assigned to, and whether the partner services it now (docs/rules.md §6.1). */
public record PartnerClient(HubId hubId, String name, boolean servicing) {

    public PartnerClient {
        Objects.requireNonNull(hubId, "hubId");
        Objects.requireNonNull(name, "name");
    }
}
