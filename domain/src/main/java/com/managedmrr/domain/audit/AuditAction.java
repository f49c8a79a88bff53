package com.managedmrr.domain.audit;

/** What kind of command an audit entry records; the names are stable codes (stored, and shown over the API). */
public enum AuditAction {
    PARTNER_UPSERTED,
    PARTNER_USER_UPSERTED,
    PARTNER_USER_REMOVED,
    CLIENT_UPSERTED,
    SEAT_SET,
    SEAT_REMOVED,
    EMPLOYEES_ADDED,
    CLIENT_LINKED,
    UNASSIGNED,
    USER_REACTIVATED,
    STAFF_REMOVED,
    ADMIN_LOGIN_CREATED,
    ADMIN_PASSWORD_CHANGED,
    ADMIN_LOGIN_REVOKED,
    POINT_RATE_SET,
    QUALIFYING_ACTIONS_SET;

    /** An operator's change to how points are earned (not partner-scoped): every partner's trail shows it. */
    public boolean affectsEveryPartner() {
        return this == POINT_RATE_SET || this == QUALIFYING_ACTIONS_SET;
    }
}
