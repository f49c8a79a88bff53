package com.managedmrr.domain.audit;

import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.model.SeatStatus;
import java.util.Optional;

/**
 * An audit effect read back into what it says, so a reader can word it (the effects are stored as the words
 * {@link AuditTrail} and the commands wrote, and the trail is never rewritten, so they are read rather than
 * re-recorded). A text that matches no known shape is {@link Other}: shown as written.
 */
public sealed interface AuditFact {

    /** A partner user was assigned to a client account, by an admin or automatically (docs/rules.md §3.2). */
    record Assigned(Email email, HubId hubId, boolean automatically) implements AuditFact {
    }

    /** A partner user's assignment to a client account ended. */
    record Unassigned(Email email, HubId hubId) implements AuditFact {
    }

    /** The partner's managed relationship with a client account ended at once (docs/rules.md §5.2). */
    record RelationshipEnded(HubId hubId, EndReason reason) implements AuditFact {
    }

    /** An e-mail got a seat (became a client user) in a client account. */
    record SeatAdded(Email email, HubId hubId, SeatStatus status) implements AuditFact {
    }

    /** A client user's seat changed status. */
    record SeatChanged(Email email, HubId hubId, SeatStatus from, SeatStatus to) implements AuditFact {
    }

    /** A client user's seat was removed. */
    record SeatRemoved(Email email, HubId hubId) implements AuditFact {
    }

    /** A deactivated seat became active again. */
    record SeatReactivated(Email email, HubId hubId) implements AuditFact {
    }

    /** A user joined the partner account. */
    record PartnerUserAdded(Email email, PartnerUserKind kind, String name) implements AuditFact {
    }

    /** A present partner user's name or kind was saved. */
    record PartnerUserUpdated(Email email, PartnerUserKind kind, String name) implements AuditFact {
    }

    /** A user left the partner account. */
    record PartnerUserRemoved(Email email) implements AuditFact {
    }

    /** The partner account was created or updated. */
    record PartnerSaved(boolean created, String name, String emailDomains) implements AuditFact {
    }

    /** A client account was created or updated. */
    record ClientSaved(boolean created, HubId hubId, String name, String currency, String mrr, boolean growthMarket)
            implements AuditFact {
    }

    /** An admin login was created, had its password changed, or was revoked. */
    record AdminLogin(Email email, Change change) implements AuditFact {

        public enum Change { CREATED, PASSWORD_CHANGED, REVOKED }
    }

    /** The operator set a currency's point unit. */
    record PointRateSet(String currency, String from, String to, String effective) implements AuditFact {
    }

    /** The operator set a tool's qualifying actions ({@code from} empty when the tool had none). */
    record QualifyingActionsSet(String tool, String from, String to, String effective) implements AuditFact {
    }

    /** The command changed nothing. */
    record Nothing() implements AuditFact {
    }

    /** A text of no known shape. */
    record Other(String text) implements AuditFact {
    }

    /** Reads an effect's text. */
    static AuditFact read(String text) {
        return AuditFactReader.read(text);
    }

    static AuditFact read(AuditEffect effect) {
        return read(effect.text());
    }

    /** The client account the fact is about, if any. */
    default Optional<HubId> client() {
        if (this instanceof Assigned fact) {
            return Optional.of(fact.hubId());
        } else if (this instanceof Unassigned fact) {
            return Optional.of(fact.hubId());
        } else if (this instanceof RelationshipEnded fact) {
            return Optional.of(fact.hubId());
        } else if (this instanceof SeatAdded fact) {
            return Optional.of(fact.hubId());
        } else if (this instanceof SeatChanged fact) {
            return Optional.of(fact.hubId());
        } else if (this instanceof SeatRemoved fact) {
            return Optional.of(fact.hubId());
        } else if (this instanceof SeatReactivated fact) {
            return Optional.of(fact.hubId());
        } else if (this instanceof ClientSaved fact) {
            return Optional.of(fact.hubId());
        }
        return Optional.empty();
    }

    /** The user the fact is about, if any. */
    default Optional<Email> user() {
        if (this instanceof Assigned fact) {
            return Optional.of(fact.email());
        } else if (this instanceof Unassigned fact) {
            return Optional.of(fact.email());
        } else if (this instanceof SeatAdded fact) {
            return Optional.of(fact.email());
        } else if (this instanceof SeatChanged fact) {
            return Optional.of(fact.email());
        } else if (this instanceof SeatRemoved fact) {
            return Optional.of(fact.email());
        } else if (this instanceof SeatReactivated fact) {
            return Optional.of(fact.email());
        } else if (this instanceof PartnerUserAdded fact) {
            return Optional.of(fact.email());
        } else if (this instanceof PartnerUserUpdated fact) {
            return Optional.of(fact.email());
        } else if (this instanceof PartnerUserRemoved fact) {
            return Optional.of(fact.email());
        }
        return Optional.empty();
    }
}
