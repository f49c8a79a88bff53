package com.managedmrr.web.ui.signin;

import com.managedmrr.domain.model.Email;
import com.managedmrr.web.ui.Texts;
import io.vertx.core.MultiMap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The sign-in form as sent: the e-mail as typed (shown again on failure), the password (never shown again). */
public record SignInForm(String email, String password) {

    static final int MAX_LENGTH = 1024;

    public static SignInForm from(MultiMap form) {
        return new SignInForm(trimmed(form.get("email")), form.get("password") == null ? "" : form.get("password"));
    }

    /** The field messages, in the texts' language; empty when the form can be checked against the stored logins. */
    public Map<String, String> errors(Texts texts) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (email.isEmpty()) {
            errors.put("email", texts.get("signin.error.enterEmail"));
        } else if (parsedEmail().isEmpty()) {
            errors.put("email", texts.get("signin.error.emailFormat"));
        }
        if (password.isEmpty()) {
            errors.put("password", texts.get("signin.error.enterPassword"));
        } else if (password.length() > MAX_LENGTH) {
            errors.put("password", texts.get("signin.error.passwordTooLong"));
        }
        return errors;
    }

    public Optional<Email> parsedEmail() {
        if (email.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(Email.of(email));
        } catch (RuntimeException invalid) {
            return Optional.empty();
        }
    }

    /** Spaces around it go; a control character stays, so {@link Email} refuses it rather than it being trimmed. */
    private static String trimmed(String value) {
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) == ' ') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == ' ') {
            end--;
        }
        return value.substring(start, end);
    }

    @Override
    public String toString() {
        return "SignInForm[email=" + email + "]";
    }
}
