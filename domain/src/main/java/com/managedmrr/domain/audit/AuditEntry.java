package com.managedmrr.domain.audit;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One command, as recorded in the audit trail inside the command's own transaction: when, who, what, in whose name
 * ({@code partnerId}, absent for a client account's own changes), on which client account and user, and what it did.
 * Entries are only ever appended, never changed or deleted.
 *
 * <p>An entry belongs to the trail of every partner in {@link #partners()}: the partner it was issued for, and every
 * partner one of its effects names (a client account's removal of a seat that ended partner P's managed
 * relationship is in P's trail).
 */
public record AuditEntry(Instant at, Actor actor, AuditAction action, Optional<PartnerId> partnerId,
                         Optional<HubId> hubId, Optional<Email> email, List<AuditEffect> effects) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(hubId, "hubId");
        Objects.requireNonNull(email, "email");
        if (actor.kind() == Actor.Kind.ANOTHER_PARTNER && partnerId.isPresent()) {
            throw new IllegalArgumentException("an entry is recorded with its real actor");
        }
        effects = List.copyOf(effects);
    }

    /**
     * Whether every partner's audit trail shows this entry: an operator's change to how points are earned (a point
     * rate, a tool's qualifying actions) can change any partner's points.
     */
    public boolean inEveryTrail() {
        return partnerId.isEmpty() && action.affectsEveryPartner();
    }

    /** The partners whose audit trail shows this entry: its own partner first, then those its effects name. */
    public Set<PartnerId> partners() {
        Set<PartnerId> partners = new LinkedHashSet<>();
        partnerId.ifPresent(partners::add);
        effects.forEach(effect -> effect.partnerId().ifPresent(partners::add));
        return partners;
    }

    /**
     * The entry as the partner's audit trail shows it: only the effects on that partner (and those on nobody's
     * accounts); when the command was another partner's, neither that partner nor its admin is named.
     */
    public AuditEntry asSeenBy(PartnerId viewer) {
        List<AuditEffect> visible = effects.stream().filter(effect -> effect.visibleTo(viewer)).toList();
        boolean othersCommand = partnerId.isPresent() && !partnerId.get().equals(viewer);
        return new AuditEntry(at, othersCommand && actor.kind() == Actor.Kind.ADMIN ? Actor.anotherPartner() : actor,
                action, othersCommand ? Optional.empty() : partnerId, hubId, email, visible);
    }
}
