package com.managedmrr.application.credit;

import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.time.Instant;
import java.util.Optional;

/** Why a partner is or is not servicing a client at an instant (default: now). */
public record ExplanationQuery(PartnerId partnerId, HubId hubId, Optional<Instant> at) {

    public ExplanationQuery {
        java.util.Objects.requireNonNull(partnerId, "partnerId");
        java.util.Objects.requireNonNull(hubId, "hubId");
        at = at == null ? Optional.empty() : at;
    }
}
