package com.managedmrr.application.access;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * The client accounts a partner's contractor can be linked to (docs/rules.md §3.2, Link clients: those where the
 * contractor has a seat, active or deactivated), all of them or only those a name typed by the admin finds.
 */
public record LinkableClientsQuery(PartnerId partnerId, Email contractorEmail, Optional<String> name) {

    public static final int MAX_NAME = 300;

    public LinkableClientsQuery {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(contractorEmail, "contractorEmail");
        name = name == null ? Optional.empty() : name.map(String::strip).filter(n -> !n.isEmpty());
        if (name.isPresent() && name.get().length() > MAX_NAME) {
            throw DomainException.invalid("name", "must be at most " + MAX_NAME + " characters");
        }
    }

    public static LinkableClientsQuery all(PartnerId partnerId, Email contractorEmail) {
        return new LinkableClientsQuery(partnerId, contractorEmail, Optional.empty());
    }

    public static LinkableClientsQuery named(PartnerId partnerId, Email contractorEmail, String name) {
        return new LinkableClientsQuery(partnerId, contractorEmail, Optional.of(name));
    }
}
