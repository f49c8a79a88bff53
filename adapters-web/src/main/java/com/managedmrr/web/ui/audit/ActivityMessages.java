package com.managedmrr.web.ui.audit;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.credit.EndReason;
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
        thisYear = pattern("activity.at.thisYear");
        otherYear = pattern("activity.at.otherYear");
        full = pattern("activity.at.full");
    }

    private DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(texts.get(key), texts.language().locale()).withZone(Formats.ZONE);
    }

    Texts texts() {
        return texts;
    }

    String get(String key, Object... args) {
        return texts.get(key, args);
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
        return texts.get("activity.kind." + action.name());
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
        if (action == AuditAction.EMPLOYEES_ADDED && user == null) {
            return texts.get("activity.headline.EMPLOYEES_ADDED.many", aClient);
        }
        return texts.get("activity.headline." + action.name(), aClient, someone);
    }

    /** The headline of an entry that ended a managed relationship at once. */
    String endedAtOnce(String headline) {
        return texts.get("activity.headline.endedAtOnce", headline);
    }

    String assigned(String user, String client, boolean automatically) {
        return texts.get(automatically ? "activity.effect.assignedAutomatically" : "activity.effect.assigned",
                user, client);
    }

    String assignedToMany(String user, int clients, boolean automatically) {
        return texts.count(automatically ? "activity.effect.assignedAutomaticallyToMany"
                : "activity.effect.assignedToMany", clients, user);
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
        return texts.get("activity.effect.why." + reason.name());
    }

    String seatAdded(String user, String client, SeatStatus status) {
        return texts.get("activity.effect.seatAdded." + status.name(), user, client);
    }

    String seatChanged(String user, String client, SeatStatus to) {
        return texts.get("activity.effect.seatChanged." + to.name(), user, client);
    }

    String seatRemoved(String user, String client) {
        return texts.get("activity.effect.seatRemoved", user, client);
    }

    String seatReactivated(String user, String client) {
        return texts.get("activity.effect.seatReactivated", user, client);
    }

    String partnerUserAdded(String name, String email, PartnerUserKind kind) {
        return texts.get("activity.effect.partnerUserAdded." + kind.name(), name, email);
    }

    String partnerUserUpdated(String name, String email, PartnerUserKind kind) {
        return texts.get("activity.effect.partnerUserUpdated." + kind.name(), name, email);
    }

    String partnerUserRemoved(String user) {
        return texts.get("activity.effect.partnerUserRemoved", user);
    }

    String partnerSaved(boolean created, String name, String domains) {
        return texts.get(created ? "activity.effect.partnerCreated" : "activity.effect.partnerUpdated", name, domains);
    }

    String clientSaved(boolean created, String client, String mrr, boolean growthMarket) {
        return texts.get("activity.effect." + (created ? "clientCreated" : "clientUpdated")
                + (growthMarket ? ".growth" : ".notGrowth"), client, mrr);
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

    String changedNothing() {
        return texts.get("activity.effect.nothing");
    }

    String client(String name, String hubId) {
        return texts.get("activity.client", name, hubId);
    }

    /** The results line: how many entries the page shows, and whether a filter is on. */
    String showing(int entries, boolean filtered, boolean more) {
        String key = more ? (filtered ? "activity.showing.filteredMore" : "activity.showing.more")
                : (filtered ? "activity.showing.filtered" : "activity.showing");
        return texts.count(key, entries);
    }

    String empty(boolean filtered) {
        return texts.get(filtered ? "activity.empty.nothingMatches" : "activity.empty.nothingYet");
    }
}
