package com.managedmrr.web.ui.audit;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.audit.AuditEffect;
import com.managedmrr.domain.audit.AuditEntry;
import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.web.ui.Formats;

import java.util.List;

/** One row of the Activity log: an audit entry as the signed-in partner sees it. */
public record ActivityEntryView(long id, String at, String atIso, String actor, String action, String client,
                                String user, List<String> effects) {

    public static ActivityEntryView of(RecordedAuditEntry recorded) {
        AuditEntry entry = recorded.entry();
        return new ActivityEntryView(recorded.id(), Formats.dateTime(entry.at()), entry.at().toString(),
                actor(entry.actor()), action(entry.action()),
                entry.hubId().map(HubId::toString).orElse(""),
                entry.email().map(Email::value).orElse(""),
                entry.effects().stream().map(AuditEffect::text).toList());
    }

    static String actor(Actor actor) {
        return switch (actor.kind()) {
            case ADMIN -> actor.email().map(Email::value).orElse("an admin");
            case INTERNAL_SYSTEM -> actor.systemName().map(name -> "Internal system " + name).orElse("Internal system");
            case ANOTHER_PARTNER -> "Another partner";
        };
    }

    static String action(AuditAction action) {
        return switch (action) {
            case PARTNER_UPSERTED -> "Partner saved";
            case PARTNER_USER_UPSERTED -> "Partner user saved";
            case PARTNER_USER_REMOVED -> "Partner user removed";
            case CLIENT_UPSERTED -> "Client account saved";
            case SEAT_SET -> "Client user added or changed";
            case SEAT_REMOVED -> "Client user removed by the client";
            case EMPLOYEES_ADDED -> "Add employees";
            case CLIENT_LINKED -> "Link clients";
            case UNASSIGNED -> "Unassign";
            case USER_REACTIVATED -> "Reactivate user on client";
            case STAFF_REMOVED -> "Remove employee from client";
            case ADMIN_LOGIN_CREATED -> "Admin login created";
            case ADMIN_PASSWORD_CHANGED -> "Admin password changed";
            case ADMIN_LOGIN_REVOKED -> "Admin login revoked";
            case POINT_RATE_SET -> "Point rate changed";
            case QUALIFYING_ACTIONS_SET -> "Qualifying actions changed";
        };
    }
}
