package com.managedmrr.domain.model;

import java.util.regex.Pattern;

/** A partner's identity, chosen by the caller: 1–64 of {@code a-z 0-9 - _}. */
public record PartnerId(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9_-]{1,64}");

    public PartnerId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw DomainException.invalid("partnerId", "must be 1-64 characters of a-z, 0-9, '-' and '_'");
        }
    }

    public static PartnerId of(String value) {
        return new PartnerId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
