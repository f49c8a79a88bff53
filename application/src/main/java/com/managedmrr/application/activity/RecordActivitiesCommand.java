package com.managedmrr.application.activity;

import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.DomainException;
import java.util.List;

/**
 * A batch of activities that are each well-formed, with the index each had in the caller's list (items the caller
 * sent malformed are reported by the adapter that parsed them). At most 1000 per call.
 */
public record RecordActivitiesCommand(List<Item> items) {

    public static final int MAX_ITEMS = 1000;

    public RecordActivitiesCommand {
        if (items == null) {
            throw DomainException.invalid("activities", "is required");
        }
        if (items.size() > MAX_ITEMS) {
            throw DomainException.refused("BATCH_TOO_LARGE", "At most " + MAX_ITEMS + " activities per call",
                    List.of(new DomainException.FieldError("activities", "at most " + MAX_ITEMS + " per call")));
        }
        items = List.copyOf(items);
    }

    /** One activity and its position in the caller's list. */
    public record Item(int index, Activity activity) {
    }
}
