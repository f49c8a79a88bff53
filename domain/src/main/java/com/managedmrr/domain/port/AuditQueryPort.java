package com.managedmrr.domain.port;

import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.model.PartnerId;
import java.util.List;
import java.util.OptionalLong;
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

    /** Every entry, whichever partner it concerns or none, newest first, paged like {@link #trail}. */
    CompletionStage<List<RecordedAuditEntry>> all(int limit, OptionalLong beforeId);
}
