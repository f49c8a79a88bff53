package com.managedmrr.application.audit;

import com.managedmrr.domain.audit.RecordedAuditEntry;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * A page of the audit trail out of what the store read for it: the store reads one entry more than the page shows,
 * so that entry's presence says there is a next page, which starts before the page's last entry.
 *
 * @param entries the page, each entry as its reader sees it
 * @param next    the id the next page starts before; empty on the last page
 */
record PageCut(List<RecordedAuditEntry> entries, OptionalLong next) {

    /** How many entries to read for a page of {@code limit}. */
    static int toRead(int limit) {
        return limit + 1;
    }

    static PageCut of(List<RecordedAuditEntry> read, int limit, UnaryOperator<RecordedAuditEntry> seenAs) {
        List<RecordedAuditEntry> entries = read.stream().limit(limit).map(seenAs).toList();
        OptionalLong next = read.size() > limit ? OptionalLong.of(entries.get(entries.size() - 1).id())
                : OptionalLong.empty();
        return new PageCut(entries, next);
    }
}
