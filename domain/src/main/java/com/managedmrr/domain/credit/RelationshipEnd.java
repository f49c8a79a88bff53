package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.time.Instant;

/** An immediate end of a partner's managed relationship with a client: activities at or before it never count again. */
public record RelationshipEnd(PartnerId partnerId, HubId hubId, Instant endedAt, EndReason reason) {
}
