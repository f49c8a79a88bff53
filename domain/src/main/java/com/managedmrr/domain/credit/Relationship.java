package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.util.Comparator;
import java.util.Objects;

/** One partner's managed relationship with one client account: what servicing spans are kept for. */
public record Relationship(PartnerId partnerId, HubId hubId) {

    /** By client, then partner: the order in which relationships are locked, so two writers never wait on each other. */
    public static final Comparator<Relationship> LOCK_ORDER = Comparator
            .comparingLong((Relationship r) -> r.hubId().value())
            .thenComparing(r -> r.partnerId().value());

    public Relationship {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(hubId, "hubId");
    }
}
