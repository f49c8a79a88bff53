package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.DomainException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A tool's qualifying actions, in effect from an instant until the tool's next entry. Logging in and viewing never
 * qualify, so the catalogue refuses them.
 */
public record QualifyingActions(String tool, Set<String> actions, Instant effectiveFrom) {

    public static final Set<String> NEVER_QUALIFYING = Set.of("LOGIN", "VIEW");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,64}");

    public QualifyingActions {
        tool = code("tool", tool);
        if (actions == null) {
            throw DomainException.invalid("actions", "is required");
        }
        TreeSet<String> normalised = new TreeSet<>();
        for (String action : actions) {
            String code = code("actions", action);
            if (NEVER_QUALIFYING.contains(code)) {
                throw DomainException.refused("NEVER_QUALIFYING_ACTION", code + " never qualifies (docs/rules.md §4)",
                        List.of(new DomainException.FieldError("actions", code + " never qualifies")));
            }
            normalised.add(code);
        }
        actions = Collections.unmodifiableSet(normalised);
    }

    private static String code(String field, String value) {
        String code = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw DomainException.invalid(field, "must be 1-64 of A-Z, 0-9 and '_'");
        }
        return code;
    }
}
