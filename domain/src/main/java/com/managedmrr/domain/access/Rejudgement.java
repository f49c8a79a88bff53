package com.managedmrr.domain.access;

import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.store.RecordedActivity;
import java.util.List;
import java.util.Objects;

/** A pending activity judged anew (docs/rules.md §4.2): whether it qualifies now and the partners it is attributed to. */
public record Rejudgement(RecordedActivity activity, boolean qualifies, List<PartnerId> attributedTo) {

    public Rejudgement {
        Objects.requireNonNull(activity, "activity");
        attributedTo = List.copyOf(attributedTo);
    }
}
