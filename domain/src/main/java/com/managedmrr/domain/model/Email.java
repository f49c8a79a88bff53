package com.managedmrr.domain.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An e-mail address, the thread that ties a partner user to a client user. Compared case-insensitively after
 * trimming spaces, so it is held trimmed and lower-case: that canonical form is what identifies a login or a user.
 *
 * <p>Only what a mailbox can be is accepted: a local part that is a dot-atom (letters, digits — any script — and
 * {@code !#$%&'*+/=?^_`{|}~-}, dots only between them) or a quoted string of printable characters, an {@code @}, and
 * a domain of at least two dot-separated labels of letters, digits and inner hyphens. Control characters (NUL
 * among them) anywhere, and characters a mailbox never has ({@code <}, {@code >}, {@code "} outside a quoted local
 * part, parentheses, commas, brackets, ...), are refused rather than trimmed or ignored.
 */
public record Email(String value) {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final String ATOM = "[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    private static final String QUOTED = "\"[\\x20\\x21\\x23-\\x5b\\x5d-\\x7e\\p{L}\\p{M}\\p{N}]+\"";
    private static final String LABEL = "[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}])?";
    private static final Pattern SHAPE = Pattern.compile(
            "(?<local>" + ATOM + "(?:\\." + ATOM + ")*|" + QUOTED + ")@" + LABEL + "(?:\\." + LABEL + ")+");

    public Email {
        if (value == null) {
            throw DomainException.invalid("email", "is required");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw DomainException.invalid("email", "must not contain control characters");
            }
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        Matcher shape = SHAPE.matcher(value);
        if (value.length() > MAX_LENGTH || !shape.matches() || shape.group("local").length() > MAX_LOCAL_LENGTH) {
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
