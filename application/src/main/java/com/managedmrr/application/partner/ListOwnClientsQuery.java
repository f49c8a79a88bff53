package com.managedmrr.application.partner;

import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * The client accounts of a partner: every one it has been assigned to (docs/rules.md §7), or only those whose name is
 * {@code name}, ignoring case.
 */
public record ListOwnClientsQuery(PartnerId partnerId, Optional<String> name) {

    public ListOwnClientsQuery {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(name, "name");
    }

    public static ListOwnClientsQuery all(PartnerId partnerId) {
        return new ListOwnClientsQuery(partnerId, Optional.empty());
    }

    public static ListOwnClientsQuery named(PartnerId partnerId, String name) {
        return new ListOwnClientsQuery(partnerId, Optional.of(name));
    }
}
