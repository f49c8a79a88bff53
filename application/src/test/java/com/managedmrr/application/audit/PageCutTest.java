package com.managedmrr.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.audit.AuditEntry;
import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.model.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A page of the audit trail cut from the entries read for it: one more than the page means a next page. */
class PageCutTest {

    @Test
    void oneEntryMoreThanThePage_meansANextPage_startingBeforeThePagesLastEntry() {
        PageCut cut = PageCut.of(newestFirst(9, 8, 7, 6), 3, UnaryOperator.identity());

        assertThat(cut.entries()).extracting(RecordedAuditEntry::id).containsExactly(9L, 8L, 7L);
        assertThat(cut.next()).isEqualTo(OptionalLong.of(7));
        assertThat(PageCut.toRead(3)).isEqualTo(4);
    }

    @Test
    void noMoreThanThePage_isTheLastPage() {
        assertThat(PageCut.of(newestFirst(9, 8, 7), 3, UnaryOperator.identity()).next()).isEmpty();
        assertThat(PageCut.of(newestFirst(), 3, UnaryOperator.identity()).entries()).isEmpty();
    }

    @Test
    void eachEntryOfThePage_isAsItsReaderSeesIt_andTheExtraOneIsNotLookedAt() {
        PageCut cut = PageCut.of(newestFirst(9, 8), 1, recorded -> new RecordedAuditEntry(recorded.id() * 10,
                recorded.entry()));

        assertThat(cut.entries()).extracting(RecordedAuditEntry::id).containsExactly(90L);
        assertThat(cut.next()).isEqualTo(OptionalLong.of(90));
    }

    private static List<RecordedAuditEntry> newestFirst(long... ids) {
        return LongStream.of(ids).mapToObj(id -> new RecordedAuditEntry(id, new AuditEntry(Instant.EPOCH,
                Actor.internalSystem(), AuditAction.POINT_RATE_SET, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of()))).toList();
    }
}
