package com.managedmrr.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who issued a command: a partner admin signed in to the web UI (by their login e-mail), or an internal system over
 * the JSON API (by the name of its API token, e.g. {@code billing}; unnamed in entries recorded before tokens had
 * names). {@link Kind#ANOTHER_PARTNER} is only ever shown, never recorded: it is how an entry recorded for one
 * partner's admin appears in another partner's audit trail, without that admin's e-mail.
 *
 * @param systemName the internal system's name; only an internal system has one
 */
public record Actor(Kind kind, Optional<Email> email, Optional<String> systemName) {

    /** A system's name: what the API token is called. */
    public static final int MAX_SYSTEM_NAME_LENGTH = 64;

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
        Objects.requireNonNull(systemName, "systemName");
        if ((kind == Kind.ADMIN) != email.isPresent()) {
            throw new IllegalArgumentException("an admin is named by their e-mail, and only an admin is");
        }
        if (systemName.isPresent() && (kind != Kind.INTERNAL_SYSTEM || systemName.get().isBlank()
                || systemName.get().length() > MAX_SYSTEM_NAME_LENGTH)) {
            throw new IllegalArgumentException("only an internal system has a name, of 1 to "
                    + MAX_SYSTEM_NAME_LENGTH + " characters");
        }
    }

    public Actor(Kind kind, Optional<Email> email) {
        this(kind, email, Optional.empty());
    }

    public static Actor admin(Email email) {
        return new Actor(Kind.ADMIN, Optional.of(Objects.requireNonNull(email, "email")));
    }

    public static Actor internalSystem() {
        return INTERNAL_SYSTEM;
    }

    /** The internal system calling with the API token of that name. */
    public static Actor internalSystem(String name) {
        return new Actor(Kind.INTERNAL_SYSTEM, Optional.empty(), Optional.of(Objects.requireNonNull(name, "name")));
    }

    public static Actor anotherPartner() {
        return ANOTHER_PARTNER;
    }

    @Override
    public String toString() {
        if (systemName.isPresent()) {
            return "internal system " + systemName.get();
        }
        return email.map(e -> "admin " + e).orElse(kind == Kind.INTERNAL_SYSTEM ? "internal system" : "another partner");
    }
}
