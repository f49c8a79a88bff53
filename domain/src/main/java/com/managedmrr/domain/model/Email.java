package com.managedmrr.domain.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, the thread that ties a partner user to a client user. Compared case-insensitively after
 * trimming, so it is held trimmed and lower-case.
 */
public record Email(String value) {

    private static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public Email {
        if (value == null) {
            throw DomainException.invalid("email", "is required");
        }
        value = value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw DomainException.invalid("email", "is not an e-mail address");
        }
    }

    public static Email of(String raw) {
        return new Email(raw);
    }

    /** The part after the {@code @}. */
    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
