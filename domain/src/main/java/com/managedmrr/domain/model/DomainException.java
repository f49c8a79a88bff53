package com.managedmrr.domain.model;

import java.util.List;

/**
 * A refusal by the model or its rules. It carries a stable {@link #code()} that adapters map to their own
 * answers (an HTTP status, an inline form message) and, for invalid input, the offending fields.
 */
public class DomainException extends RuntimeException {

    /** What kind of refusal this is; adapters map each kind to one answer. */
    public enum Kind {
        /** A value is malformed or out of range (field errors say which). */
        INVALID,
        /** A partner, client account or user does not exist. */
        NOT_FOUND,
        /** The request clashes with the current state. */
        CONFLICT,
        /** A rule of the partner program refuses the request. */
        REFUSED
    }

    private final Kind kind;
    private final String code;
    private final List<FieldError> fieldErrors;

    public DomainException(Kind kind, String code, String message, List<FieldError> fieldErrors) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(Kind.INVALID, "INVALID_INPUT", field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static DomainException invalid(List<FieldError> errors) {
        return new DomainException(Kind.INVALID, "INVALID_INPUT", "The request has invalid fields.", errors);
    }

    public static DomainException notFound(String code, String message) {
        return new DomainException(Kind.NOT_FOUND, code, message, List.of());
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(Kind.CONFLICT, code, message, List.of());
    }

    public static DomainException refused(String code, String message) {
        return new DomainException(Kind.REFUSED, code, message, List.of());
    }

    public static DomainException refused(String code, String message, List<FieldError> errors) {
        return new DomainException(Kind.REFUSED, code, message, errors);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** One invalid field: its name as the caller sent it (e.g. {@code activities[3].hubId}) and why. */
    public record FieldError(String field, String message) {
    }
}
