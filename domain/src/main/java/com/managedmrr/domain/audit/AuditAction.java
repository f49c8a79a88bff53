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
    STAFF_REMOVED
}
