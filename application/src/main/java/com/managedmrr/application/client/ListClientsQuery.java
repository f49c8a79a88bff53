package com.managedmrr.application.client;

import com.managedmrr.application.common.Page;
import com.managedmrr.application.common.PageCursor;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.HubId;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of client accounts by Hub ID, optionally only those whose name (case-insensitively) or Hub ID contains the
 * search text; {@code cursor} is the previous page's {@code next} (sent with the same search).
 */
public record ListClientsQuery(Optional<String> search, int limit, Optional<HubId> after) {

    static final String LISTING = "clients";
    public static final int MAX_SEARCH_LENGTH = 200;

    public ListClientsQuery {
        search = search == null ? Optional.empty() : search.map(String::strip).filter(s -> !s.isEmpty());
        if (search.isPresent() && search.get().length() > MAX_SEARCH_LENGTH) {
            throw DomainException.invalid("q", "must be at most " + MAX_SEARCH_LENGTH + " characters");
        }
        PageCursor.limit(limit, Page.MAX_LIMIT);
        Objects.requireNonNull(after, "after");
    }

    /** From the wire: the search, a limit and an optional opaque cursor. */
    public static ListClientsQuery of(Optional<String> search, int limit, Optional<String> cursor) {
        Optional<HubId> after = PageCursor.decode(LISTING, cursor, 1).map(parts -> {
            try {
                return HubId.of(Long.parseLong(parts.get(0)));
            } catch (RuntimeException malformed) {
                throw PageCursor.invalid();
            }
        });
        return new ListClientsQuery(search, limit, after);
    }
}
