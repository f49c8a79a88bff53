package com.managedmrr.domain.store;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import java.time.Instant;

/** A question for attribution: what was this e-mail's standing in this client account at this instant? */
public record StandingKey(HubId hubId, Email email, Instant at) {
}
