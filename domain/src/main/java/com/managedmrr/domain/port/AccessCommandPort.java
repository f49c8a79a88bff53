package com.managedmrr.domain.port;

import com.managedmrr.domain.store.RecordedActivity;
import com.managedmrr.domain.audit.AuditEntry;
import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.credit.QualifyingCatalogue;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.SeatStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * The current state of partners, client accounts, seats and assignments, read and changed inside one command
 * ({@link CommandTransactionPort}). Reads answer for the present; every change is effective-dated at the given
 * instant and closes or opens a period of history: nothing is overwritten except names and flags. Each command
 * appends one entry to the audit trail ({@link #recordAudit}).
 */
public interface AccessCommandPort {

    // partners

    CompletionStage<Optional<Partner>> partner(PartnerId partnerId);

    /** Creates or updates; answers true when created. */
    CompletionStage<Boolean> savePartner(Partner partner);

    // partner users

    /** The partner user, when present (not removed) in the partner account. */
    CompletionStage<Optional<PartnerUser>> partnerUser(PartnerId partnerId, Email email);

    /** Every partner account in which the e-mail is a present user. */
    CompletionStage<List<PartnerUser>> membershipsOf(Email email);

    /** Adds a user who is not present in the partner account, from the instant on. */
    CompletionStage<Void> addPartnerUser(PartnerUser user, Instant at);

    /** Changes the name or kind of a present partner user. */
    CompletionStage<Void> updatePartnerUser(PartnerUser user);

    /** Removes a present user from the partner account at the instant (their assignments are ended separately). */
    CompletionStage<Void> removePartnerUser(PartnerId partnerId, Email email, Instant at);

    // client accounts

    /** The client account with the MRR in effect now. */
    CompletionStage<Optional<ClientAccount>> client(HubId hubId);

    /**
     * Creates or updates; a changed MRR, currency or growth-market flag takes effect at the instant and the old ones
     * are kept for before (the name is overwritten).
     */
    CompletionStage<Boolean> saveClient(ClientAccount client, Instant at);

    // seats (client users)

    CompletionStage<Optional<SeatStatus>> seat(HubId hubId, Email email);

    /** The client accounts in which the e-mail has a seat, active or deactivated. */
    CompletionStage<List<HubId>> seatedHubs(Email email);

    /** Adds the seat or changes its status, from the instant on. */
    CompletionStage<Void> setSeat(HubId hubId, Email email, SeatStatus status, Instant at);

    CompletionStage<Void> removeSeat(HubId hubId, Email email, Instant at);

    /** The partner's present users who have a seat (active or deactivated) in the client account. */
    CompletionStage<Set<Email>> seatedUsers(PartnerId partnerId, HubId hubId);

    // assignments

    CompletionStage<Set<Email>> assignedUsers(PartnerId partnerId, HubId hubId);

    CompletionStage<Set<HubId>> assignedHubs(PartnerId partnerId, Email email);

    /** Assigns from the instant on; does nothing when already assigned. */
    CompletionStage<Void> assign(PartnerId partnerId, Email email, HubId hubId, Instant at);

    /** Ends the assignment at the instant; does nothing when not assigned. */
    CompletionStage<Void> unassign(PartnerId partnerId, Email email, HubId hubId, Instant at);

    // relationship ends and activities

    CompletionStage<Void> recordEnd(RelationshipEnd end);

    /** The distinct asset ids of the e-mail's activities in the client account, sorted. */
    CompletionStage<List<String>> assetIds(HubId hubId, Email email);

    /**
     * The client account's activities dated at or after the instant (activities may arrive up to 5 minutes ahead of
     * the server clock), oldest first (then by id), with their judgement as recorded.
     */
    CompletionStage<List<RecordedActivity>> activitiesFrom(HubId hubId, Instant from);

    /** Every client account's activities of the tool dated at or after the instant, oldest first (then by id). */
    CompletionStage<List<RecordedActivity>> activitiesOfToolFrom(String tool, Instant from);

    /** Replaces whether a recorded activity qualifies and the partners it is attributed to. */
    CompletionStage<Void> reattribute(RecordedActivity activity, boolean qualifies, List<PartnerId> attributedTo);

    // catalogue

    /** The qualifying-action catalogue through time, as this command sees it (its own change included). */
    CompletionStage<QualifyingCatalogue> qualifyingCatalogue();

    /**
     * Adds the tool's new qualifying actions, effective from their instant, inside the command (so the activities
     * they judge anew are judged in the same transaction); answers true when the tool was not known before.
     */
    CompletionStage<Boolean> saveQualifyingActions(QualifyingActions actions);

    // audit trail

    /** Appends the command's entry to the audit trail; it commits or rolls back with the command. */
    CompletionStage<Void> recordAudit(AuditEntry entry);
}
