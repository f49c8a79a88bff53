package com.managedmrr.application.credit;

import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Why a partner is or is not servicing a client at an instant (default: now). */
public record ExplanationQuery(PartnerId partnerId, HubId hubId, Optional<Instant> at) {

    public ExplanationQuery {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(hubId, "hubId");
        at = at == null ? Optional.empty() : at;
    }
}
