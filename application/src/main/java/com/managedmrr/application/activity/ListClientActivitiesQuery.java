package com.managedmrr.application.activity;

import com.managedmrr.application.common.PageCursor;
import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.HubId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of a client account's activities, newest first (by instant, then activity id); limit 1–1000; {@code before}
 * is the last activity of the previous page (from its {@code next} cursor).
 */
public record ListClientActivitiesQuery(HubId hubId, int limit, Optional<Before> before) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;
    static final String LISTING = "client-activities";

    /** The key of an activity in the listing's order. */
    public record Before(Instant occurredAt, ActivityId activityId) {

        public Before {
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(activityId, "activityId");
        }
    }

    public ListClientActivitiesQuery {
        Objects.requireNonNull(hubId, "hubId");
        PageCursor.limit(limit, MAX_LIMIT);
        Objects.requireNonNull(before, "before");
    }

    public ListClientActivitiesQuery(HubId hubId, int limit) {
        this(hubId, limit, Optional.empty());
    }

    public static ListClientActivitiesQuery of(HubId hubId, int limit, Optional<String> cursor) {
        Optional<Before> before = PageCursor.decode(LISTING, cursor, 2).map(parts -> {
            try {
                return new Before(Instant.parse(parts.get(0)), ActivityId.of(parts.get(1)));
            } catch (RuntimeException malformed) {
                throw PageCursor.invalid();
            }
        });
        return new ListClientActivitiesQuery(hubId, limit, before);
    }

    static String cursorOf(Activity activity) {
        return PageCursor.encode(LISTING, activity.occurredAt().toString(), activity.id().value());
    }
}
