package com.managedmrr.application.catalogue;

import java.time.Instant;
import java.util.Objects;

/** The point units in effect at an instant (past, now, or ahead: a later instant keeps today's units). */
public record PointUnitsQuery(Instant at) {

    public PointUnitsQuery {
        Objects.requireNonNull(at, "at");
    }
}
