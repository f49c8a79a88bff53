package com.managedmrr.domain.model;

/** A client account's identity: a positive 64-bit integer. */
public record HubId(long value) implements Comparable<HubId> {

    public HubId {
        if (value <= 0) {
            throw DomainException.invalid("hubId", "must be a positive integer");
        }
    }

    public static HubId of(long value) {
        return new HubId(value);
    }

    @Override
    public int compareTo(HubId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
