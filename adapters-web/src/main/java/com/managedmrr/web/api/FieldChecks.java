package com.managedmrr.web.api;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.DomainException.FieldError;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Collects every invalid field of a request before answering, so that one answer names them all. Each field is read
 * through {@link #check} (a malformed value) or {@link #checkRule} (a rule of the model over values read, such as a
 * record's or a command's), which answer null for an invalid one and keep its failure; {@link #throwIfAny()} then
 * fails with all of them:
 * <ul>
 *     <li>a rule's failure found alone answers as it always has: its own status, detail and {@code code};</li>
 *     <li>otherwise, when any field is malformed or invalid, one 400 lists them first, then the fields a rule
 *     refuses (a refusal, 422, is told once every field is well-formed, but its fields are named already);</li>
 *     <li>several refusals and nothing else: one 422 with the first one's code, naming every field refused.</li>
 * </ul>
 * The same error found twice is named once. Other failures (415, 404, a refusal without fields) pass through
 * untouched, at once.
 */
final class FieldChecks {

    private record Failure(RuntimeException original, List<FieldError> errors, boolean rule, boolean refusal) {
    }

    private final List<Failure> failures = new ArrayList<>();

    /** The value read, or null when the read found the field invalid (its errors are kept). */
    <T> T check(Supplier<T> read) {
        return run(read, false);
    }

    /** The value a rule of the model answers, or null when it refuses (kept, and answered alone as the rule does). */
    <T> T checkRule(Supplier<T> rule) {
        return run(rule, true);
    }

    private <T> T run(Supplier<T> read, boolean rule) {
        try {
            return read.get();
        } catch (ProblemException problem) {
            if (problem.status() != 400 || problem.errors().isEmpty()) {
                throw problem;
            }
            failures.add(new Failure(problem, problem.errors(), rule, false));
            return null;
        } catch (DomainException invalid) {
            boolean refusal = invalid.kind() == DomainException.Kind.REFUSED;
            if ((invalid.kind() != DomainException.Kind.INVALID && !refusal) || invalid.fieldErrors().isEmpty()) {
                throw invalid;
            }
            failures.add(new Failure(invalid, invalid.fieldErrors(), rule, refusal));
            return null;
        }
    }

    boolean ok() {
        return failures.isEmpty();
    }

    /**
     * The request's JSON body ({@link JsonBody#object}). When fields read before it are invalid, a body that cannot be
     * read (not JSON, another content type) does not hide them: they are the answer.
     */
    JsonObject body(RoutingContext ctx) {
        if (ok()) {
            return JsonBody.object(ctx);
        }
        try {
            return JsonBody.object(ctx);
        } catch (ProblemException unreadable) {
            throwIfAny();
            throw unreadable;
        }
    }

    /** Fails naming every invalid field, when there is one (see the class's description). */
    void throwIfAny() {
        if (failures.isEmpty()) {
            return;
        }
        Set<FieldError> invalid = new LinkedHashSet<>();
        Set<FieldError> refused = new LinkedHashSet<>();
        failures.forEach(failure -> (failure.refusal() ? refused : invalid).addAll(failure.errors()));
        boolean onlyReads = failures.stream().noneMatch(failure -> failure.rule() || failure.refusal());
        if (failures.size() == 1 && !onlyReads) {
            throw failures.get(0).original();
        }
        if (!invalid.isEmpty()) {
            List<FieldError> all = new ArrayList<>(invalid);
            all.addAll(refused);
            throw new ProblemException(400, detail(all), all);
        }
        DomainException first = (DomainException) failures.get(0).original();
        String detail = failures.stream().map(failure -> failure.original().getMessage()).distinct()
                .collect(Collectors.joining("; "));
        throw DomainException.refused(first.code(), detail, List.copyOf(refused));
    }

    private static String detail(List<FieldError> errors) {
        return errors.stream().map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; "));
    }
}
