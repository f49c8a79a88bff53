package com.managedmrr.web.api;

import com.managedmrr.domain.model.DomainException.FieldError;

import java.util.List;

/**
 * Fails a request with a given problem: {@code ctx.fail(new ProblemException(404, "no partner acme"))} or a throw
 * from a handler; the API's failure handler writes it with {@link Problems}. Use it for client errors (4xx) only.
 */
public final class ProblemException extends RuntimeException {

    private final int status;
    private final List<FieldError> errors;

    public ProblemException(int status, String detail) {
        this(status, detail, List.of());
    }

    public ProblemException(int status, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
