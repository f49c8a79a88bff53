package com.managedmrr.web.ui.audit;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.model.SeatStatus;

/**
 * The Activity log's words: what each kind of command is called, the sentence that says what an entry did, and the
 * sentences of its effects, in the rule book's terms (docs/rules.md §2, §3.2, §5.2). A bundle of its own beside
 * {@link com.managedmrr.web.ui.UiMessages}, because the log words every kind of audit entry and effect: some forty
 * texts that only this page shows. Names come in already written ("Globex (501)", "Ann Lee").
 */
final class ActivityMessages {

    static final String ENTER_AN_EMAIL = "Enter an e-mail address.";
    static final String TO_BEFORE_FROM = "The end date is before the start date.";
    static final String CREDIT_ENDED_AT_ONCE = "credit ended at once";

    private ActivityMessages() {
    }

    /** What a kind of command is called (the filter's choices). */
    static String kind(AuditAction action) {
        return switch (action) {
            case PARTNER_UPSERTED -> "Partner account saved";
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

    /**
     * The sentence that says what the entry did.
     *
     * @param client the entry's client account, written ("Globex (501)"), or null
     * @param user   the entry's user, written ("Ann Lee"), or null
     */
    static String headline(AuditAction action, String client, String user) {
        String someone = user == null ? "a user" : user;
        String aClient = client == null ? "a client account" : client;
        return switch (action) {
            case PARTNER_UPSERTED -> "Saved the partner account";
            case PARTNER_USER_UPSERTED -> "Saved partner user " + someone;
            case PARTNER_USER_REMOVED -> "Removed " + someone + " from the partner account";
            case CLIENT_UPSERTED -> "Saved client account " + aClient;
            case SEAT_SET -> aClient + " added or changed its client user " + someone;
            case SEAT_REMOVED -> aClient + " removed its client user " + someone;
            case EMPLOYEES_ADDED -> user == null ? "Added employees to " + aClient
                    : "Added " + user + " to " + aClient;
            case CLIENT_LINKED -> "Linked " + someone + " to " + aClient;
            case UNASSIGNED -> "Unassigned " + someone + " from " + aClient;
            case USER_REACTIVATED -> "Reactivated " + someone + " on " + aClient;
            case STAFF_REMOVED -> "Removed " + someone + " from " + aClient;
            case ADMIN_LOGIN_CREATED -> "Created the admin login " + someone;
            case ADMIN_PASSWORD_CHANGED -> "Changed the password of the admin login " + someone;
            case ADMIN_LOGIN_REVOKED -> "Revoked the admin login " + someone;
            case POINT_RATE_SET -> "Changed a point rate";
            case QUALIFYING_ACTIONS_SET -> "Changed a tool's qualifying actions";
        };
    }

    /** The headline of an entry that ended a managed relationship at once. */
    static String endedAtOnce(String headline) {
        return headline + ": " + CREDIT_ENDED_AT_ONCE;
    }

    static String assigned(String user, String client, boolean automatically) {
        return user + " was assigned " + (automatically ? "automatically " : "") + "to " + client;
    }

    static String assignedToMany(String user, int clients, boolean automatically) {
        return user + " was assigned " + (automatically ? "automatically " : "") + "to " + clients(clients);
    }

    static String unassigned(String user, String client) {
        return user + " was unassigned from " + client;
    }

    static String unassignedFromMany(String user, int clients) {
        return user + " was unassigned from " + clients(clients);
    }

    static String ended(String client, EndReason reason) {
        return "Managed credit for " + client + " ended at once: " + why(reason);
    }

    static String endedForMany(int clients, EndReason reason) {
        return "Managed credit for " + clients(clients) + " ended at once: " + why(reason);
    }

    private static String why(EndReason reason) {
        return switch (reason) {
            case USERS_REMOVED_FROM_CLIENT -> "none of your users has a seat there any more";
            case USERS_REMOVED_FROM_PARTNER -> "the last of your users assigned there left the partner account";
        };
    }

    static String seatAdded(String user, String client, SeatStatus status) {
        return user + " became a client user of " + client + " with " + seat(status) + " seat";
    }

    static String seatChanged(String user, String client, SeatStatus to) {
        return user + "'s seat in " + client + " became " + status(to);
    }

    static String seatRemoved(String user, String client) {
        return user + " lost their seat in " + client;
    }

    static String seatReactivated(String user, String client) {
        return user + "'s seat in " + client + " became active";
    }

    static String partnerUserAdded(String name, String email, PartnerUserKind kind) {
        return name + " (" + email + ") joined the partner account as " + anKind(kind);
    }

    static String partnerUserUpdated(String name, String email, PartnerUserKind kind) {
        return name + " (" + email + ") was saved: " + kind(kind);
    }

    static String partnerUserRemoved(String user) {
        return user + " left the partner account";
    }

    static String partnerSaved(boolean created, String name, String domains) {
        return (created ? "Created" : "Updated") + " the partner account " + name + ", e-mail domains " + domains;
    }

    static String clientSaved(boolean created, String client, String mrr, boolean growthMarket) {
        return (created ? "Created" : "Updated") + " client account " + client + ": MRR " + mrr + " from now"
                + (growthMarket ? ", a growth market" : ", not a growth market");
    }

    static String adminLoginCreated(String email) {
        return "Admin login " + email + " created";
    }

    static String adminPasswordChanged(String email) {
        return "The password of admin login " + email + " changed; its sessions ended";
    }

    static String adminLoginRevoked(String email) {
        return "Admin login " + email + " revoked; its sessions ended";
    }

    /** A currency's unit: the amount of it worth one managed point (docs/rules.md §6.3). */
    static String pointRateSet(String currency, String from, String to, String effective) {
        return "none".equals(from)
                ? "The unit of " + currency + " is " + to + " " + currency + " a point, from " + effective
                : "The unit of " + currency + " changed from " + from + " to " + to + " " + currency
                        + " a point, from " + effective;
    }

    static String qualifyingActionsSet(String tool, String from, String to, String effective) {
        return "Qualifying actions of " + tool + " changed from " + (from.isEmpty() ? "none" : from) + " to "
                + (to.isEmpty() ? "none" : to) + ", from " + effective;
    }

    static final String CHANGED_NOTHING = "Changed nothing";

    static String kind(PartnerUserKind kind) {
        return switch (kind) {
            case EMPLOYEE -> "Employee";
            case CONTRACTOR -> "Contractor";
        };
    }

    private static String anKind(PartnerUserKind kind) {
        return switch (kind) {
            case EMPLOYEE -> "an employee";
            case CONTRACTOR -> "a contractor";
        };
    }

    private static String status(SeatStatus status) {
        return switch (status) {
            case ACTIVE -> "active";
            case DEACTIVATED -> "deactivated";
        };
    }

    private static String seat(SeatStatus status) {
        return switch (status) {
            case ACTIVE -> "an active";
            case DEACTIVATED -> "a deactivated";
        };
    }

    static String clients(int n) {
        return n == 1 ? "1 client" : n + " clients";
    }

    static String client(String name, String hubId) {
        return name + " (" + hubId + ")";
    }

    /** The results line: how many entries the page shows, and whether a filter is on. */
    static String showing(int entries, boolean filtered, boolean more) {
        String count = entries == 1 ? "1 entry" : entries + " entries";
        return "Showing " + (more ? "the newest " : "") + count + (filtered ? " that match" : "")
                + (more ? "; older ones on the next pages" : "");
    }

    static final String NOTHING_YET = "Nothing has happened yet.";
    static final String NOTHING_MATCHES = "No entry matches these filters.";
}
