package com.managedmrr.domain.port;

import com.managedmrr.domain.audit.AuditFilter;
import com.managedmrr.domain.audit.AuditNames;
import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** Reads of the audit trail, outside any command (entries are recorded with {@link AccessCommandPort#recordAudit}). */
public interface AuditQueryPort {

    /**
     * The entries in the partner's trail ({@link com.managedmrr.domain.audit.AuditEntry#partners()} holds it, or the
     * entry is {@linkplain com.managedmrr.domain.audit.AuditEntry#inEveryTrail() in every trail}), newest first (by
     * id, descending), at most {@code limit}, and only those with an id below {@code beforeId} when given. Entries are
     * answered as recorded, with every effect.
     */
    CompletionStage<List<RecordedAuditEntry>> trail(PartnerId partnerId, int limit, OptionalLong beforeId);

    /**
     * The entries of the partner's trail that match the filter ({@link AuditFilter#matches}), newest first, paged like
     * {@link #trail(PartnerId, int, OptionalLong)}: the read walks the partner's trail newest first and stops at
     * {@code limit} matches, so it never reads the whole trail into memory.
     */
    CompletionStage<List<RecordedAuditEntry>> trail(PartnerId partnerId, AuditFilter filter, int limit,
                                                    OptionalLong beforeId);

    /**
     * The names of those client accounts, and of those users in the partner's account (present or removed); an
     * identity that has none is left out.
     */
    CompletionStage<AuditNames> names(PartnerId partnerId, Set<HubId> hubIds, Set<Email> emails);

    /** Every entry, whichever partner it concerns or none, newest first, paged like {@link #trail}. */
    CompletionStage<List<RecordedAuditEntry>> all(int limit, OptionalLong beforeId);
}
