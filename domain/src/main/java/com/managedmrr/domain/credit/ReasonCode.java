package com.managedmrr.domain.credit;

/** Why a partner (or one of its users) is not servicing a client at an instant. */
public enum ReasonCode {
    /** A user's reason only: removed from the partner account (docs/rules.md §8). */
    NOT_A_PARTNER_USER,
    NO_ASSIGNMENT,
    NOT_A_CLIENT_USER,
    USER_DEACTIVATED,
    NO_QUALIFYING_ACTIVITY,
    EXPIRED,
    ENDED_USERS_REMOVED_FROM_CLIENT,
    ENDED_USERS_REMOVED_FROM_PARTNER
}
