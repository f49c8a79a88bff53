package com.managedmrr.application.activity;

import com.managedmrr.domain.model.DomainException.FieldError;
import java.util.List;

/**
 * How each item of a batch was judged: stored, an identical re-send of a known activity id (a duplicate: nothing
 * changed), a re-send of a known id with different content (a conflict: nothing changed either, the stored activity
 * stays as first received, and the differing fields are named), or rejected with its reasons.
 */
public record RecordActivitiesResult(int accepted, int duplicates, List<Rejection> rejected, List<Conflict> conflicts) {

    public RecordActivitiesResult {
        rejected = List.copyOf(rejected);
        conflicts = List.copyOf(conflicts);
    }

    public RecordActivitiesResult(int accepted, int duplicates, List<Rejection> rejected) {
        this(accepted, duplicates, rejected, List.of());
    }

    /** An item refused on its own; the rest of the batch is unaffected. */
    public record Rejection(int index, String activityId, List<FieldError> errors) {

        public Rejection {
            errors = List.copyOf(errors);
        }
    }

    /**
     * An item whose activity id was known (stored earlier, or earlier in the same batch) with other content; the
     * fields are named as on the wire ({@code hubId}, {@code userEmail}, {@code tool}, {@code action},
     * {@code occurredAt}, {@code assetId}).
     */
    public record Conflict(int index, String activityId, List<String> fields) {

        public Conflict {
            fields = List.copyOf(fields);
        }
    }
}
