package com.managedmrr.domain.model;

/** An activity's identity, chosen by the caller (1–128 characters) and unique forever. */
public record ActivityId(String value) {

    public static final int MAX_LENGTH = 128;

    public ActivityId {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw DomainException.invalid("activityId", "must be 1-128 characters");
        }
    }

    public static ActivityId of(String value) {
        return new ActivityId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
