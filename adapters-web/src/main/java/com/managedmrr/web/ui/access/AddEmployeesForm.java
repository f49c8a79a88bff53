package com.managedmrr.web.ui.access;

import com.managedmrr.application.access.AddEmployeesCommand;
import com.managedmrr.web.ui.UiMessages;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import io.vertx.core.MultiMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Add employees, as sent: the e-mails of the employees picked (one {@code email} field per checkbox). */
public record AddEmployeesForm(List<String> emails) {

    public static AddEmployeesForm from(MultiMap form) {
        List<String> emails = new ArrayList<>();
        for (String raw : form.getAll("email")) {
            if (raw != null && !raw.isBlank() && !emails.contains(raw.strip())) {
                emails.add(raw.strip());
            }
        }
        return new AddEmployeesForm(List.copyOf(emails));
    }

    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (emails.isEmpty()) {
            errors.put("email", UiMessages.PICK_AN_EMPLOYEE);
        } else if (emails.size() > AddEmployeesCommand.MAX_EMAILS) {
            errors.put("email", UiMessages.pickAtMost(AddEmployeesCommand.MAX_EMAILS));
        } else if (emails.stream().anyMatch(e -> parse(e) == null)) {
            errors.put("email", UiMessages.PICK_FROM_THE_LIST);
        }
        return errors;
    }

    public List<Email> parsed() {
        return emails.stream().map(AddEmployeesForm::parse).toList();
    }

    /** The refusal, and each e-mail it names with its reason. */
    public static String refusalMessage(DomainException refusal) {
        String details = refusal.fieldErrors().stream().map(DomainException.FieldError::message)
                .collect(Collectors.joining("; "));
        return details.isEmpty() ? refusal.getMessage() : refusal.getMessage() + " " + details + ".";
    }

    /** The refusal's reason for each e-mail sent that it names (by its {@code emails[i]} field). */
    public Map<String, String> fieldErrors(DomainException refusal) {
        Map<String, String> perEmail = new HashMap<>();
        for (DomainException.FieldError error : refusal.fieldErrors()) {
            String field = error.field();
            if (field.startsWith("emails[") && field.endsWith("]")) {
                try {
                    int index = Integer.parseInt(field.substring(7, field.length() - 1));
                    if (index >= 0 && index < emails.size()) {
                        perEmail.put(Email.of(emails.get(index)).value(), error.message());
                    }
                } catch (RuntimeException ignored) {
                    // a field the form does not know: the message above the list says it all
                }
            }
        }
        return perEmail;
    }

    private static Email parse(String raw) {
        try {
            return Email.of(raw);
        } catch (RuntimeException invalid) {
            return null;
        }
    }
}
