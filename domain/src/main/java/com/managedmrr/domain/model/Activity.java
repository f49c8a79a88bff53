package com.managedmrr.domain.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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

    /**
     * The fields in which another activity with the same id differs from this one, named as on the wire
     * ({@code hubId}, {@code userEmail}, {@code tool}, {@code action}, {@code occurredAt}, {@code assetId}); empty
     * when it is an identical re-send (docs/rules.md §4.4).
     */
    public List<String> differingFields(Activity other) {
        List<String> fields = new ArrayList<>(6);
        if (!hubId.equals(other.hubId)) {
            fields.add("hubId");
        }
        if (!userEmail.equals(other.userEmail)) {
            fields.add("userEmail");
        }
        if (!tool.equals(other.tool)) {
            fields.add("tool");
        }
        if (!action.equals(other.action)) {
            fields.add("action");
        }
        if (!occurredAt.equals(other.occurredAt)) {
            fields.add("occurredAt");
        }
        if (!Objects.equals(assetId, other.assetId)) {
            fields.add("assetId");
        }
        return List.copyOf(fields);
    }

    private static String code(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_NAME_LENGTH) {
            throw DomainException.invalid(field, "must be 1-" + MAX_NAME_LENGTH + " characters");
        }
        return value.trim().toUpperCase(Locale.ROOT);
    }
}
