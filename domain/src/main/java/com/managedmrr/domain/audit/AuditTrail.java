package com.managedmrr.domain.audit;

import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The effects of one command, noted while it is decided and recorded as its audit entry at its end, inside its
 * transaction (so an entry exists exactly when the command's changes do). Not thread-safe: one per command.
 */
public final class AuditTrail {

    private final List<AuditEffect> effects = new ArrayList<>();

    /** An effect on no partner's accounts (a seat, a client account): every trail the entry is in shows it. */
    public AuditTrail note(String text) {
        effects.add(AuditEffect.of(text));
        return this;
    }

    /** An effect on the partner's accounts: only that partner's trail shows it, and it puts the entry there. */
    public AuditTrail note(PartnerId partnerId, String text) {
        effects.add(AuditEffect.on(partnerId, text));
        return this;
    }

    public AuditTrail assigned(PartnerId partnerId, Email email, HubId hubId, boolean automatically) {
        return note(partnerId, "assigned " + email + " to " + hubId + (automatically ? " automatically" : ""));
    }

    public AuditTrail unassigned(PartnerId partnerId, Email email, HubId hubId) {
        return note(partnerId, "unassigned " + email + " from " + hubId);
    }

    public AuditTrail ended(RelationshipEnd end) {
        return note(end.partnerId(), "ended the managed relationship with " + end.hubId() + " (" + end.reason().name()
                + ")");
    }

    /** The effects noted so far, in order. */
    public List<AuditEffect> effects() {
        return List.copyOf(effects);
    }

    /**
     * The command's entry (with "changed nothing" when no effect was noted).
     *
     * @param partnerId the partner the command was issued for, or null (a client account's own change)
     * @param hubId the client account it names, or null
     * @param email the user it names, or null
     */
    public AuditEntry entry(Instant at, Actor actor, AuditAction action, PartnerId partnerId, HubId hubId,
                            Email email) {
        List<AuditEffect> recorded = effects.isEmpty() ? List.of(AuditEffect.of("changed nothing")) : effects();
        return new AuditEntry(at, actor, action, Optional.ofNullable(partnerId), Optional.ofNullable(hubId),
                Optional.ofNullable(email), recorded);
    }
}
