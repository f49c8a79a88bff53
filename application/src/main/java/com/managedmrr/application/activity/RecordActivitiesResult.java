package com.managedmrr.application.activity;

import com.managedmrr.domain.model.DomainException.FieldError;
import java.util.List;

/**
 * How each item of a batch was judged: stored, a duplicate of a known activity id (nothing changed), or rejected
 * with its reasons.
 */
public record RecordActivitiesResult(int accepted, int duplicates, List<Rejection> rejected) {

    public RecordActivitiesResult {
        rejected = List.copyOf(rejected);
    }

    /** An item refused on its own; the rest of the batch is unaffected. */
    public record Rejection(int index, String activityId, List<FieldError> errors) {

        public Rejection {
            errors = List.copyOf(errors);
        }
    }
}
