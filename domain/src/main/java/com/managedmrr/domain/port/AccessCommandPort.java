package com.managedmrr.domain.port;

import com.managedmrr.domain.access.AccessChanges;
import com.managedmrr.domain.access.AccessScope;
import com.managedmrr.domain.access.AccessSnapshot;
import com.managedmrr.domain.audit.AuditEntry;
import com.managedmrr.domain.credit.Relationship;
import com.managedmrr.domain.credit.RelationshipLedger;
import com.managedmrr.domain.credit.ServicingSpan;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.Partner;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The store of one command ({@link CommandTransactionPort}): an access command loads the snapshot of its scope,
 * decides in the domain ({@code AccessChange}) and applies the changes; every command appends one entry to the audit
 * trail ({@link #recordAudit}). Every change is effective-dated at its instant and closes or opens a period of
 * history: nothing is overwritten except names and flags.
 */
public interface AccessCommandPort {

    /** The present state the scope needs (see {@link AccessSnapshot}), read in a few bulk queries. */
    CompletionStage<AccessSnapshot> load(AccessScope scope);

    /**
     * Applies the changes, in their order, at their instant. A period that would close at or before its own start
     * (two changes at the same microsecond) is erased instead: it never held at any instant.
     */
    CompletionStage<Void> apply(AccessChanges changes);

    /**
     * The attributed activities and ends of these relationships, as the changes applied left them: what their
     * servicing spans are computed from again after a command (docs/rules.md §5.5).
     */
    CompletionStage<Map<Relationship, RelationshipLedger>> ledgers(Collection<Relationship> relationships);

    /** Replaces the stored servicing spans of these relationships. */
    CompletionStage<Void> saveSpans(Map<Relationship, List<ServicingSpan>> spans);

    /** Creates or updates; answers true when created. */
    CompletionStage<Boolean> savePartner(Partner partner);

    /**
     * Creates or updates; a changed MRR, currency or growth-market flag takes effect at the instant and the old ones
     * are kept for before (the name is overwritten).
     */
    CompletionStage<Boolean> saveClient(ClientAccount client, Instant at);

    /** Appends the command's entry to the audit trail; it commits or rolls back with the command. */
    CompletionStage<Void> recordAudit(AuditEntry entry);
}
