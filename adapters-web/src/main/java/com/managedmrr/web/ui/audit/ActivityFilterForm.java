package com.managedmrr.web.ui.audit;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.audit.AuditFilter;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.web.ui.AsOfDate;
import com.managedmrr.web.ui.Formats;
import com.managedmrr.web.ui.Texts;
import io.vertx.core.MultiMap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Activity log's filter, as sent in the query string: the kind of command ({@code action}), a client account's
 * Hub ID ({@code client}), a user's e-mail ({@code user}), a period of days in UTC ({@code from}, {@code to}, both
 * included) and words to search for ({@code q}). A value that cannot be read is named in {@link #errors} and left out
 * of the filter.
 */
public record ActivityFilterForm(String action, String client, String user, String from, String to, String q) {

    static final int MAX_FIELD = 200;

    public static ActivityFilterForm from(MultiMap params) {
        return new ActivityFilterForm(trimmed(params.get("action")), trimmed(params.get("client")),
                trimmed(params.get("user")), trimmed(params.get("from")), trimmed(params.get("to")),
                trimmed(params.get("q")));
    }

    /** The message for each field that cannot be read, by field name, in the words of {@code texts}. */
    public Map<String, String> errors(Texts texts) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems().forEach((field, problem) -> errors.put(field, switch (problem) {
            case HUB_ID -> texts.get("activity.error.hubId");
            case EMAIL -> texts.get("activity.error.email");
            case DATE -> texts.get("common.error.dateFormat");
            case TO_BEFORE_FROM -> texts.get("activity.error.toBeforeFrom");
            case SEARCH_TOO_LONG -> texts.count("activity.error.searchTooLong", AuditFilter.MAX_SEARCH_LENGTH);
        }));
        return errors;
    }

    private enum Problem { HUB_ID, EMAIL, DATE, TO_BEFORE_FROM, SEARCH_TOO_LONG }

    /** What is wrong with each field that cannot be read, by field name. */
    private Map<String, Problem> problems() {
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (!client.isEmpty() && hubId().isEmpty()) {
            problems.put("client", Problem.HUB_ID);
        }
        if (!user.isEmpty() && email().isEmpty()) {
            problems.put("user", Problem.EMAIL);
        }
        if (!from.isEmpty() && AsOfDate.parse(from).isEmpty()) {
            problems.put("from", Problem.DATE);
        }
        if (!to.isEmpty() && AsOfDate.parse(to).isEmpty()) {
            problems.put("to", Problem.DATE);
        } else if (AsOfDate.parse(from).isPresent() && AsOfDate.parse(to).isPresent() && AsOfDate.parse(to).get().isBefore(AsOfDate.parse(from).get())) {
            problems.put("to", Problem.TO_BEFORE_FROM);
        }
        if (q.length() > AuditFilter.MAX_SEARCH_LENGTH) {
            problems.put("q", Problem.SEARCH_TOO_LONG);
        }
        return problems;
    }

    /** The filter of the fields that can be read; an unknown kind of command is no filter. */
    public AuditFilter filter() {
        Map<String, Problem> errors = problems();
        return new AuditFilter(kind(), hubId(),
                errors.containsKey("user") ? Optional.empty() : email(),
                AsOfDate.parse(from).map(day -> day.atStartOfDay(Formats.ZONE).toInstant()),
                errors.containsKey("to") ? Optional.empty()
                        : AsOfDate.parse(to).map(day -> day.plusDays(1).atStartOfDay(Formats.ZONE).toInstant()),
                errors.containsKey("q") ? Optional.empty() : Optional.of(q));
    }

    /** Whether any field is filled in. */
    public boolean any() {
        return !(action + client + user + from + to + q).isEmpty();
    }

    /** The fields as query parameters (empty ones are left out of a URL). */
    public Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("action", kind().map(AuditAction::name).orElse(""));
        params.put("client", client);
        params.put("user", user);
        params.put("from", from);
        params.put("to", to);
        params.put("q", q);
        return params;
    }

    Optional<AuditAction> kind() {
        for (AuditAction known : AuditAction.values()) {
            if (known.name().equals(action)) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }

    Optional<HubId> hubId() {
        if (!client.matches("[1-9]\\d{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(HubId.of(Long.parseLong(client)));
    }

    Optional<Email> email() {
        if (user.isEmpty() || user.length() > MAX_FIELD) {
            return Optional.empty();
        }
        try {
            return Optional.of(Email.of(user));
        } catch (DomainException notAnEmail) {
            return Optional.empty();
        }
    }

    private static String trimmed(String raw) {
        return raw == null ? "" : raw.strip();
    }
}
