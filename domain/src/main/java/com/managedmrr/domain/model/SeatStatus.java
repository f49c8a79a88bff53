package com.managedmrr.domain.model;

/** A client user's status in the client account; a user that is absent has no status at all. */
public enum SeatStatus {
    ACTIVE,
    DEACTIVATED
}
