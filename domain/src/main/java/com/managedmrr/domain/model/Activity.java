package com.managedmrr.domain.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Something a user did inside a client account. The tool and action are free text: one that is not in the
 * qualifying-action catalogue is stored and shown, and does not qualify. Instants are kept to the microsecond.
 */
public record Activity(ActivityId id, HubId hubId, Email userEmail, String tool, String action, Instant occurredAt,
                       String assetId) {

    public static final int MAX_NAME_LENGTH = 64;
    public static final int MAX_ASSET_ID_LENGTH = 256;

    public Activity {
        tool = code("tool", tool);
        action = code("action", action);
        if (occurredAt == null) {
            throw DomainException.invalid("occurredAt", "is required");
        }
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        if (assetId != null && (assetId.isEmpty() || assetId.length() > MAX_ASSET_ID_LENGTH)) {
            throw DomainException.invalid("assetId", "must be 1-" + MAX_ASSET_ID_LENGTH + " characters when given");
        }
    }

    private static String code(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_NAME_LENGTH) {
            throw DomainException.invalid(field, "must be 1-" + MAX_NAME_LENGTH + " characters");
        }
        return value.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
