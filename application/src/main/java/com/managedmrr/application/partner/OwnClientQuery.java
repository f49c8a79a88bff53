package com.managedmrr.application.partner;

import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;

/** One client account, asked for by a partner. */
public record OwnClientQuery(PartnerId partnerId, HubId hubId) {

    public OwnClientQuery {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(hubId, "hubId");
    }
}
