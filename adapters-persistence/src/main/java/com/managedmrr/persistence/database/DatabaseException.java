package com.managedmrr.persistence.database;

/**
 * The database could not be reached, created or migrated. The message is one line meant for an operator: it names
 * the cause (host, user, SQL state) and never contains a password.
 */
public final class DatabaseException extends RuntimeException {

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
