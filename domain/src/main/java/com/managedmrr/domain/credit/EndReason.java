package com.managedmrr.domain.credit;

/** The two events that end a managed relationship at once (docs/rules.md §5). */
public enum EndReason {
    /** The last of the partner's users was removed from the client account. */
    USERS_REMOVED_FROM_CLIENT(ReasonCode.ENDED_USERS_REMOVED_FROM_CLIENT),
    /** The last of the partner's users assigned to the client was removed from the partner account. */
    USERS_REMOVED_FROM_PARTNER(ReasonCode.ENDED_USERS_REMOVED_FROM_PARTNER);

    private final ReasonCode reasonCode;

    EndReason(ReasonCode reasonCode) {
        this.reasonCode = reasonCode;
    }

    public ReasonCode reasonCode() {
        return reasonCode;
    }
}
