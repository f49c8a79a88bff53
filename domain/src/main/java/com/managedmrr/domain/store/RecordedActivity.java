package com.managedmrr.domain.store;

import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.PartnerId;
import java.util.List;

/** An activity as stored: whether it qualified at its instant, and the partners it is attributed to. */
public record RecordedActivity(Activity activity, boolean qualifies, List<PartnerId> attributedTo) {

    public RecordedActivity {
        attributedTo = List.copyOf(attributedTo);
    }
}
