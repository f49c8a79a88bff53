package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.Email;
import java.time.Instant;

/** A qualifying activity attributed to a partner on a client: the facts the credit rules need of it. */
public record AttributedActivity(ActivityId activityId, Email userEmail, Instant occurredAt) {

    /** The first instant at which this activity no longer keeps the relationship alive. */
    public Instant expiresAt() {
        return occurredAt.plus(ManagedCreditPolicy.WINDOW);
    }
}
