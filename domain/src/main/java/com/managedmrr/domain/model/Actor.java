package com.managedmrr.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who issued a command: a partner admin signed in to the web UI (by their login e-mail), or an internal system over
 * the JSON API. {@link Kind#ANOTHER_PARTNER} is only ever shown, never recorded: it is how an entry recorded for one
 * partner's admin appears in another partner's audit trail, without that admin's e-mail.
 */
public record Actor(Kind kind, Optional<Email> email) {

    public enum Kind {
        ADMIN,
        INTERNAL_SYSTEM,
        ANOTHER_PARTNER
    }

    private static final Actor INTERNAL_SYSTEM = new Actor(Kind.INTERNAL_SYSTEM, Optional.empty());
    private static final Actor ANOTHER_PARTNER = new Actor(Kind.ANOTHER_PARTNER, Optional.empty());

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(email, "email");
        if ((kind == Kind.ADMIN) != email.isPresent()) {
            throw new IllegalArgumentException("an admin is named by their e-mail, and only an admin is");
        }
    }

    public static Actor admin(Email email) {
        return new Actor(Kind.ADMIN, Optional.of(Objects.requireNonNull(email, "email")));
    }

    public static Actor internalSystem() {
        return INTERNAL_SYSTEM;
    }

    public static Actor anotherPartner() {
        return ANOTHER_PARTNER;
    }

    @Override
    public String toString() {
        return email.map(e -> "admin " + e).orElse(kind == Kind.INTERNAL_SYSTEM ? "internal system" : "another partner");
    }
}
