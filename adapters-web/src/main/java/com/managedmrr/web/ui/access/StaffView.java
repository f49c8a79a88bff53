package com.managedmrr.web.ui.access;

import com.managedmrr.domain.store.PartnerUserAssignments;

/** A partner user as the access pages list them. */
public record StaffView(String email, String name, String kind) {

    static StaffView of(PartnerUserAssignments user) {
        return new StaffView(user.user().email().value(), user.user().name(),
                user.user().isEmployee() ? "Employee" : "Contractor");
    }
}
