package com.managedmrr.domain.model;

import java.util.Objects;

/**
 * A partner admin's login for the web UI: it shows that partner only. The password is held only as a hash made by
 * the {@link com.managedmrr.domain.port.PasswordHashingPort}.
 */
public record AdminAccount(PartnerId partnerId, Email email, String passwordHash) {

    public AdminAccount {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(email, "email");
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("passwordHash is required");
        }
    }

    @Override
    public String toString() {
        return "AdminAccount[partnerId=" + partnerId + ", email=" + email + "]";
    }
}
