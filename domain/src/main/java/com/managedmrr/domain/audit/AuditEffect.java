package com.managedmrr.domain.audit;

import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a command did, in words ("assigned ann@acme.example to 501", "ended the managed relationship with 501
 * (USERS_REMOVED_FROM_CLIENT)"). An effect on one partner's accounts names that partner: only its audit trail shows
 * it. An effect without a partner (a seat, a client account) is shown in every trail the entry appears in.
 */
public record AuditEffect(Optional<PartnerId> partnerId, String text) {

    public static final int MAX_TEXT_LENGTH = 1000;

    public AuditEffect {
        Objects.requireNonNull(partnerId, "partnerId");
        if (text == null || text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("an effect is 1-" + MAX_TEXT_LENGTH + " characters of text");
        }
    }

    public static AuditEffect of(String text) {
        return new AuditEffect(Optional.empty(), text);
    }

    public static AuditEffect on(PartnerId partnerId, String text) {
        return new AuditEffect(Optional.of(partnerId), text);
    }

    /** Whether the partner's audit trail shows this effect. */
    public boolean visibleTo(PartnerId viewer) {
        return partnerId.isEmpty() || partnerId.get().equals(viewer);
    }
}
