package com.managedmrr.web.api;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.DomainException.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Collects every invalid field of a request before answering, so that one 400 names them all: each field is read
 * through {@link #check}, which answers null for an invalid one and keeps its error; {@link #throwIfAny()} then fails
 * with all of them. Other failures (415, 404, a refusal) pass through untouched.
 */
final class FieldChecks {

    private final List<FieldError> errors = new ArrayList<>();

    /** The value read, or null when the read found the field invalid (its errors are kept). */
    <T> T check(Supplier<T> read) {
        try {
            return read.get();
        } catch (ProblemException problem) {
            if (problem.status() != 400 || problem.errors().isEmpty()) {
                throw problem;
            }
            errors.addAll(problem.errors());
            return null;
        } catch (DomainException invalid) {
            if (invalid.kind() != DomainException.Kind.INVALID || invalid.fieldErrors().isEmpty()) {
                throw invalid;
            }
            invalid.fieldErrors().forEach(error -> errors.add(new FieldError(error.field(), error.message())));
            return null;
        }
    }

    boolean ok() {
        return errors.isEmpty();
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Fails with one 400 naming every invalid field, when there is one. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(error -> error.field() + " " + error.message())
                    .collect(Collectors.joining("; "));
            throw new ProblemException(400, detail, errors);
        }
    }
}
