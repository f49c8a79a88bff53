package com.managedmrr.web.ui.access;

import com.managedmrr.application.access.AddEmployeesCommand;
import com.managedmrr.domain.access.AccessRefusals;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.web.ui.Language;
import com.managedmrr.web.ui.Texts;
import io.vertx.core.MultiMap;

import java.util.ArrayList;
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

    public Map<String, String> errors(Texts texts) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (emails.isEmpty()) {
            errors.put("email", texts.get("access.error.pickAnEmployee"));
        } else if (emails.size() > AddEmployeesCommand.MAX_EMAILS) {
            errors.put("email", texts.count("access.error.pickAtMost", AddEmployeesCommand.MAX_EMAILS));
        } else if (emails.stream().anyMatch(e -> parse(e) == null)) {
            errors.put("email", texts.get("access.error.pickFromTheList"));
        }
        return errors;
    }

    public List<Email> parsed() {
        return emails.stream().map(AddEmployeesForm::parse).toList();
    }

    /**
     * The refusal, and each e-mail it names with its reason. English shows the model's own words; another language
     * its own sentence for the refusal and, for each e-mail named, whether it is a contractor or not a user at all.
     */
    public String refusalMessage(Texts texts, AccessDirectory.Directory found, DomainException refusal) {
        if (texts.language() == Language.EN) {
            String details = refusal.fieldErrors().stream().map(DomainException.FieldError::message)
                    .collect(Collectors.joining("; "));
            return details.isEmpty() ? refusal.getMessage() : refusal.getMessage() + " " + details + ".";
        }
        if (!AccessRefusals.NOT_AN_EMPLOYEE.equals(refusal.code())) {
            return texts.refusal(refusal);
        }
        String details = String.join("; ", fieldErrors(texts, found, refusal).values());
        String message = texts.get("access.refusal.notAnEmployee");
        return details.isEmpty() ? message : message + " " + details + ".";
    }

    /** The refusal's reason for each e-mail sent that it names (by its {@code emails[i]} field), in its order. */
    public Map<String, String> fieldErrors(Texts texts, AccessDirectory.Directory found, DomainException refusal) {
        Map<String, String> perEmail = new LinkedHashMap<>();
        for (DomainException.FieldError error : refusal.fieldErrors()) {
            String field = error.field();
            if (field.startsWith("emails[") && field.endsWith("]")) {
                try {
                    int index = Integer.parseInt(field.substring(7, field.length() - 1));
                    if (index >= 0 && index < emails.size()) {
                        String email = Email.of(emails.get(index)).value();
                        perEmail.put(email, reason(texts, found, email, error));
                    }
                } catch (RuntimeException ignored) {
                    // a field the form does not know: the message above the list says it all
                }
            }
        }
        return perEmail;
    }

    private static String reason(Texts texts, AccessDirectory.Directory found, String email,
                                 DomainException.FieldError error) {
        if (texts.language() == Language.EN) {
            return error.message();
        }
        return found.isContractor(email)
                ? texts.get("access.refusal.isAContractor", found.personName(email))
                : texts.get("access.refusal.notAPartnerUser", email);
    }

    private static Email parse(String raw) {
        try {
            return Email.of(raw);
        } catch (RuntimeException invalid) {
            return null;
        }
    }
}
