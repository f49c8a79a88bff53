package com.managedmrr.application.signin;

import com.managedmrr.domain.model.Email;
import java.util.Objects;

/** An admin's login and the password typed for it. */
public record SignInCommand(Email email, String password) {

    public SignInCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "SignInCommand[email=" + email + ", password=(hidden)]";
    }
}
