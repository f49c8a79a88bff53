package com.managedmrr.application.admin;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;

/** Give a partner admin a login for the web UI (PUT /partners/{partnerId}/admins/{email}). */
public record RegisterAdminCommand(PartnerId partnerId, Email email, String password) {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 1024;

    public RegisterAdminCommand {
        java.util.Objects.requireNonNull(partnerId, "partnerId");
        java.util.Objects.requireNonNull(email, "email");
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw DomainException.invalid("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw DomainException.invalid("password", "must be at most " + MAX_PASSWORD_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "RegisterAdminCommand[partnerId=" + partnerId + ", email=" + email + "]";
    }
}
