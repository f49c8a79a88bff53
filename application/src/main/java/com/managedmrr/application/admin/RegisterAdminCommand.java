package com.managedmrr.application.admin;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.AdminPassword;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;
import java.util.Objects;

/**
 * Give a partner admin a login for the web UI (PUT /partners/{partnerId}/admins/{email}). The password is held
 * normalised and must follow {@link AdminPassword}'s rules (each broken rule is a REFUSED with its own code).
 */
public record RegisterAdminCommand(PartnerId partnerId, Email email, String password, Actor actor) {

    public static final int MIN_PASSWORD_LENGTH = AdminPassword.MIN_LENGTH;
    public static final int MAX_PASSWORD_LENGTH = AdminPassword.MAX_LENGTH;

    public RegisterAdminCommand {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(actor, "actor");
        if (password == null) {
            throw DomainException.invalid("password", "is required");
        }
        password = AdminPassword.check(password);
    }

    public RegisterAdminCommand(PartnerId partnerId, Email email, String password) {
        this(partnerId, email, password, Actor.internalSystem());
    }

    @Override
    public String toString() {
        return "RegisterAdminCommand[partnerId=" + partnerId + ", email=" + email + "]";
    }
}
