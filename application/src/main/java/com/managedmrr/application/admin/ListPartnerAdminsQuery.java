package com.managedmrr.application.admin;

import com.managedmrr.application.common.Page;
import com.managedmrr.application.common.PageCursor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;
import java.util.Optional;

/** A page of a partner's admin logins, by e-mail; {@code cursor} is the previous page's {@code next}. */
public record ListPartnerAdminsQuery(PartnerId partnerId, int limit, Optional<Email> after) {

    static final String LISTING = "partner-admins";

    public ListPartnerAdminsQuery {
        Objects.requireNonNull(partnerId, "partnerId");
        PageCursor.limit(limit, Page.MAX_LIMIT);
        Objects.requireNonNull(after, "after");
    }

    public static ListPartnerAdminsQuery of(PartnerId partnerId, int limit, Optional<String> cursor) {
        Optional<Email> after = PageCursor.decode(LISTING, cursor, 1).map(parts -> {
            try {
                return Email.of(parts.get(0));
            } catch (RuntimeException malformed) {
                throw PageCursor.invalid();
            }
        });
        return new ListPartnerAdminsQuery(partnerId, limit, after);
    }
}
