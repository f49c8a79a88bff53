package com.managedmrr.web.ui;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import io.vertx.ext.web.RoutingContext;

import java.util.Optional;

/** The Hub ID and e-mail path parameters of UI routes; anything malformed is simply not found. */
public final class PathParams {

    private PathParams() {
    }

    public static Optional<HubId> hubId(RoutingContext ctx) {
        return hubId(ctx.pathParam("hubId"));
    }

    public static Optional<HubId> hubId(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 19 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(raw);
            return value > 0 ? Optional.of(HubId.of(value)) : Optional.empty();
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    public static Optional<Email> email(RoutingContext ctx) {
        String raw = ctx.pathParam("email");
        if (raw == null || raw.length() > 320) {
            return Optional.empty();
        }
        try {
            return Optional.of(Email.of(raw));
        } catch (RuntimeException invalid) {
            return Optional.empty();
        }
    }
}
