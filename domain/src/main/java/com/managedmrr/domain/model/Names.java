package com.managedmrr.domain.model;

/** Display names: trimmed, 1–200 characters, no control characters. */
public final class Names {

    public static final int MAX_LENGTH = 200;

    private Names() {
    }

    public static String require(String field, String name) {
        if (name == null) {
            throw DomainException.invalid(field, "is required");
        }
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            throw DomainException.invalid(field, "must be 1-" + MAX_LENGTH + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw DomainException.invalid(field, "must not contain control characters");
        }
        return trimmed;
    }
}
