package com.managedmrr.application.partner;

import com.managedmrr.application.common.Page;
import com.managedmrr.application.common.PageCursor;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;
import java.util.Optional;

/** A page of the clients a partner has ever been assigned to, by Hub ID; {@code cursor} is the previous {@code next}. */
public record ListPartnerClientsQuery(PartnerId partnerId, int limit, Optional<HubId> after) {

    static final String LISTING = "partner-clients";

    public ListPartnerClientsQuery {
        Objects.requireNonNull(partnerId, "partnerId");
        PageCursor.limit(limit, Page.MAX_LIMIT);
        Objects.requireNonNull(after, "after");
    }

    public static ListPartnerClientsQuery of(PartnerId partnerId, int limit, Optional<String> cursor) {
        Optional<HubId> after = PageCursor.decode(LISTING, cursor, 1).map(parts -> {
            try {
                return HubId.of(Long.parseLong(parts.get(0)));
            } catch (RuntimeException malformed) {
                throw PageCursor.invalid();
            }
        });
        return new ListPartnerClientsQuery(partnerId, limit, after);
    }
}
