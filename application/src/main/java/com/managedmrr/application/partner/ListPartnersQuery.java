package com.managedmrr.application.partner;

import com.managedmrr.application.common.Page;
import com.managedmrr.application.common.PageCursor;
import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;
import java.util.Optional;

/** A page of every partner, by partner id; {@code cursor} is the previous page's {@code next}. */
public record ListPartnersQuery(int limit, Optional<PartnerId> after) {

    static final String LISTING = "partners";

    public ListPartnersQuery {
        PageCursor.limit(limit, Page.MAX_LIMIT);
        Objects.requireNonNull(after, "after");
    }

    /** From the wire: a limit and an optional opaque cursor. */
    public static ListPartnersQuery of(int limit, Optional<String> cursor) {
        Optional<PartnerId> after = PageCursor.decode(LISTING, cursor, 1).map(parts -> {
            try {
                return PartnerId.of(parts.get(0));
            } catch (RuntimeException malformed) {
                throw PageCursor.invalid();
            }
        });
        return new ListPartnersQuery(limit, after);
    }
}
