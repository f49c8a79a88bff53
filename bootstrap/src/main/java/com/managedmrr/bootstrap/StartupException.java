package com.managedmrr.bootstrap;

/**
 * The server cannot start. The message is the single line printed to the operator, naming the variable (or the
 * folder) to fix, e.g. {@code MRR_HTTP_PORT: port 8080 is already in use}.
 */
public final class StartupException extends Exception {

    public StartupException(String message) {
        super(message, null, false, false);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
