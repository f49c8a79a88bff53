package com.managedmrr.web.ui.audit;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.web.ui.Formats;
import com.managedmrr.web.ui.Texts;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The Activity log's words in one language, from the {@code activity.…} messages of {@link Texts}: what each kind of
 * command is called, the sentence that says what an entry did, and the sentences of its effects, in the rule book's
 * terms (docs/rules.md §2, §3.2, §5.2). Names come in already written ("Globex (501)", "Ann Lee").
 */
final class ActivityMessages {

    private final Texts texts;
    private final DateTimeFormatter thisYear;
    private final DateTimeFormatter otherYear;
    private final DateTimeFormatter full;

    ActivityMessages(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
        thisYear = pattern(texts.get("activity.at.thisYear"));
        otherYear = pattern(texts.get("activity.at.otherYear"));
        full = pattern(texts.get("activity.at.full"));
    }

    private DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, texts.language().locale()).withZone(Formats.ZONE);
    }

    Texts texts() {
        return texts;
    }

    /** Compact, in UTC: "1 Dec, 22:14" this year, "1 Dec 2025, 22:14" before. */
    String compact(Instant at, Instant now) {
        boolean sameYear = at.atZone(Formats.ZONE).getYear() == now.atZone(Formats.ZONE).getYear();
        return (sameYear ? thisYear : otherYear).format(at);
    }

    /** To the second, in UTC. */
    String full(Instant at) {
        return full.format(at);
    }

    /** What a kind of command is called (the filter's choices). */
    String kind(AuditAction action) {
        return switch (action) {
            case PARTNER_UPSERTED -> texts.get("activity.kind.PARTNER_UPSERTED");
            case PARTNER_USER_UPSERTED -> texts.get("activity.kind.PARTNER_USER_UPSERTED");
            case PARTNER_USER_REMOVED -> texts.get("activity.kind.PARTNER_USER_REMOVED");
            case CLIENT_UPSERTED -> texts.get("activity.kind.CLIENT_UPSERTED");
            case SEAT_SET -> texts.get("activity.kind.SEAT_SET");
            case SEAT_REMOVED -> texts.get("activity.kind.SEAT_REMOVED");
            case EMPLOYEES_ADDED -> texts.get("activity.kind.EMPLOYEES_ADDED");
            case CLIENT_LINKED -> texts.get("activity.kind.CLIENT_LINKED");
            case UNASSIGNED -> texts.get("activity.kind.UNASSIGNED");
            case USER_REACTIVATED -> texts.get("activity.kind.USER_REACTIVATED");
            case STAFF_REMOVED -> texts.get("activity.kind.STAFF_REMOVED");
            case ADMIN_LOGIN_CREATED -> texts.get("activity.kind.ADMIN_LOGIN_CREATED");
            case ADMIN_PASSWORD_CHANGED -> texts.get("activity.kind.ADMIN_PASSWORD_CHANGED");
            case ADMIN_LOGIN_REVOKED -> texts.get("activity.kind.ADMIN_LOGIN_REVOKED");
            case POINT_RATE_SET -> texts.get("activity.kind.POINT_RATE_SET");
            case QUALIFYING_ACTIONS_SET -> texts.get("activity.kind.QUALIFYING_ACTIONS_SET");
        };
    }

    /**
     * The sentence that says what the entry did.
     *
     * @param client the entry's client account, written ("Globex (501)"), or null
     * @param user   the entry's user, written ("Ann Lee"), or null
     */
    String headline(AuditAction action, String client, String user) {
        String someone = user == null ? texts.get("activity.someone") : user;
        String aClient = client == null ? texts.get("activity.someClient") : client;
        return switch (action) {
            case PARTNER_UPSERTED -> texts.get("activity.headline.PARTNER_UPSERTED");
            case PARTNER_USER_UPSERTED -> texts.get("activity.headline.PARTNER_USER_UPSERTED", aClient, someone);
            case PARTNER_USER_REMOVED -> texts.get("activity.headline.PARTNER_USER_REMOVED", aClient, someone);
            case CLIENT_UPSERTED -> texts.get("activity.headline.CLIENT_UPSERTED", aClient, someone);
            case SEAT_SET -> texts.get("activity.headline.SEAT_SET", aClient, someone);
            case SEAT_REMOVED -> texts.get("activity.headline.SEAT_REMOVED", aClient, someone);
            case EMPLOYEES_ADDED -> user == null ? texts.get("activity.headline.EMPLOYEES_ADDED.noUser", aClient)
                    : texts.get("activity.headline.EMPLOYEES_ADDED", aClient, someone);
            case CLIENT_LINKED -> texts.get("activity.headline.CLIENT_LINKED", aClient, someone);
            case UNASSIGNED -> texts.get("activity.headline.UNASSIGNED", aClient, someone);
            case USER_REACTIVATED -> texts.get("activity.headline.USER_REACTIVATED", aClient, someone);
            case STAFF_REMOVED -> texts.get("activity.headline.STAFF_REMOVED", aClient, someone);
            case ADMIN_LOGIN_CREATED -> texts.get("activity.headline.ADMIN_LOGIN_CREATED", aClient, someone);
            case ADMIN_PASSWORD_CHANGED -> texts.get("activity.headline.ADMIN_PASSWORD_CHANGED", aClient, someone);
            case ADMIN_LOGIN_REVOKED -> texts.get("activity.headline.ADMIN_LOGIN_REVOKED", aClient, someone);
            case POINT_RATE_SET -> texts.get("activity.headline.POINT_RATE_SET");
            case QUALIFYING_ACTIONS_SET -> texts.get("activity.headline.QUALIFYING_ACTIONS_SET");
        };
    }

    /** The headline of an entry that ended a managed relationship at once. */
    String endedAtOnce(String headline) {
        return texts.get("activity.headline.endedAtOnce", headline);
    }

    String assigned(String user, String client, boolean automatically) {
        return automatically ? texts.get("activity.effect.assignedAutomatically", user, client)
                : texts.get("activity.effect.assigned", user, client);
    }

    String assignedToMany(String user, int clients, boolean automatically) {
        return automatically ? texts.count("activity.effect.assignedAutomaticallyToMany", clients, user)
                : texts.count("activity.effect.assignedToMany", clients, user);
    }

    String unassigned(String user, String client) {
        return texts.get("activity.effect.unassigned", user, client);
    }

    String unassignedFromMany(String user, int clients) {
        return texts.count("activity.effect.unassignedFromMany", clients, user);
    }

    String ended(String client, EndReason reason) {
        return texts.get("activity.effect.ended", client, why(reason));
    }

    String endedForMany(int clients, EndReason reason) {
        return texts.count("activity.effect.endedForMany", clients, why(reason));
    }

    private String why(EndReason reason) {
        return switch (reason) {
            case USERS_REMOVED_FROM_CLIENT -> texts.get("activity.effect.why.USERS_REMOVED_FROM_CLIENT");
            case USERS_REMOVED_FROM_PARTNER -> texts.get("activity.effect.why.USERS_REMOVED_FROM_PARTNER");
        };
    }

    String seatAdded(String user, String client, SeatStatus status) {
        return switch (status) {
            case ACTIVE -> texts.get("activity.effect.seatAdded.ACTIVE", user, client);
            case DEACTIVATED -> texts.get("activity.effect.seatAdded.DEACTIVATED", user, client);
        };
    }

    String seatChanged(String user, String client, SeatStatus to) {
        return switch (to) {
            case ACTIVE -> texts.get("activity.effect.seatChanged.ACTIVE", user, client);
            case DEACTIVATED -> texts.get("activity.effect.seatChanged.DEACTIVATED", user, client);
        };
    }

    String seatRemoved(String user, String client) {
        return texts.get("activity.effect.seatRemoved", user, client);
    }

    String seatReactivated(String user, String client) {
        return texts.get("activity.effect.seatReactivated", user, client);
    }

    String partnerUserAdded(String name, String email, PartnerUserKind kind) {
        return switch (kind) {
            case EMPLOYEE -> texts.get("activity.effect.partnerUserAdded.EMPLOYEE", name, email);
            case CONTRACTOR -> texts.get("activity.effect.partnerUserAdded.CONTRACTOR", name, email);
        };
    }

    String partnerUserUpdated(String name, String email, PartnerUserKind kind) {
        return switch (kind) {
            case EMPLOYEE -> texts.get("activity.effect.partnerUserUpdated.EMPLOYEE", name, email);
            case CONTRACTOR -> texts.get("activity.effect.partnerUserUpdated.CONTRACTOR", name, email);
        };
    }

    String partnerUserRemoved(String user) {
        return texts.get("activity.effect.partnerUserRemoved", user);
    }

    String partnerSaved(boolean created, String name, String domains) {
        return created ? texts.get("activity.effect.partnerCreated", name, domains)
                : texts.get("activity.effect.partnerUpdated", name, domains);
    }

    String clientSaved(boolean created, String client, String mrr, boolean growthMarket) {
        if (created) {
            return growthMarket ? texts.get("activity.effect.clientCreated.growth", client, mrr)
                    : texts.get("activity.effect.clientCreated.notGrowth", client, mrr);
        }
        return growthMarket ? texts.get("activity.effect.clientUpdated.growth", client, mrr)
                : texts.get("activity.effect.clientUpdated.notGrowth", client, mrr);
    }

    String adminLoginCreated(String email) {
        return texts.get("activity.effect.adminLoginCreated", email);
    }

    String adminPasswordChanged(String email) {
        return texts.get("activity.effect.adminPasswordChanged", email);
    }

    String adminLoginRevoked(String email) {
        return texts.get("activity.effect.adminLoginRevoked", email);
    }

    /**
     * A currency's unit: the amount of it worth one managed point (docs/rules.md §6.3); {@code from} is "none" when
     * the currency had no unit. The units and the instant come in written.
     */
    String pointRateSet(String currency, boolean hadNone, String from, String to, String effective) {
        return hadNone
                ? texts.get("activity.effect.pointRateSet", currency, to, effective)
                : texts.get("activity.effect.pointRateChanged", currency, from, to, effective);
    }

    String qualifyingActionsSet(String tool, String from, String to, String effective) {
        String none = texts.get("activity.effect.qualifyingActions.none");
        return texts.get("activity.effect.qualifyingActionsSet", tool, from.isEmpty() ? none : from,
                to.isEmpty() ? none : to, effective);
    }

    /** Who made a change: an admin by e-mail, an internal system by name when it has one, or another partner. */
    String actor(Actor actor) {
        return switch (actor.kind()) {
            case ADMIN -> actor.email().map(Email::value).orElseGet(() -> texts.get("activity.actor.admin"));
            case INTERNAL_SYSTEM -> actor.systemName()
                    .map(name -> texts.get("activity.actor.systemNamed", name))
                    .orElseGet(() -> texts.get("activity.actor.system"));
            case ANOTHER_PARTNER -> texts.get("activity.actor.anotherPartner");
        };
    }

    String changedNothing() {
        return texts.get("activity.effect.nothing");
    }

    /** A client account by name with its Hub ID: "Globex (501)" (the same in every language). */
    static String client(String name, String hubId) {
        return name + " (" + hubId + ")";
    }

    /** The results line: how many entries the page shows, and whether a filter is on. */
    String showing(int entries, boolean filtered, boolean more) {
        if (more) {
            return filtered ? texts.count("activity.showing.filteredMore", entries)
                    : texts.count("activity.showing.more", entries);
        }
        return filtered ? texts.count("activity.showing.filtered", entries) : texts.count("activity.showing", entries);
    }

    String empty(boolean filtered) {
        return filtered ? texts.get("activity.empty.nothingMatches") : texts.get("activity.empty.nothingYet");
    }
}
