package com.managedmrr.application.activity;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.HubId;

/** The newest activities of a client account; limit 1–1000. */
public record ListClientActivitiesQuery(HubId hubId, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    public ListClientActivitiesQuery {
        java.util.Objects.requireNonNull(hubId, "hubId");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }
}
