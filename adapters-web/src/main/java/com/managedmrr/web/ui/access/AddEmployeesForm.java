package com.managedmrr.web.ui.access;

import com.managedmrr.application.access.AddEmployeesCommand;
import com.managedmrr.web.ui.UiMessages;
import com.managedmrr.domain.model.Email;
import io.vertx.core.MultiMap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private static Email parse(String raw) {
        try {
            return Email.of(raw);
        } catch (RuntimeException invalid) {
            return null;
        }
    }
}
