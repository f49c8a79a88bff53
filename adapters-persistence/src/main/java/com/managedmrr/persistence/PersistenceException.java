package com.managedmrr.persistence;

/**
 * The database failed in a way the domain has no word for (unreachable, overloaded, an unexpected SQL state). The
 * message names the SQL state at most, never a statement or a value; the cause is kept for the server's log.
 */
public final class PersistenceException extends RuntimeException {

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
