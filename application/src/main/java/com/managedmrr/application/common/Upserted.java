package com.managedmrr.application.common;

/** The result of an idempotent upsert: the value as stored, and whether it was created (else updated). */
public record Upserted<T>(T value, boolean created) {
}
