package com.managedmrr.domain.store;

/**
 * The store cannot serve the request right now: the database is down or unreachable, its connections are all busy
 * and the queue for one is full, or a connection was not had in time. Nothing was changed; the same request may
 * succeed later. Outbound adapters throw it (or fail a stage with it) so that inbound adapters can answer "try again
 * later" (HTTP 503 with {@code Retry-After}) without knowing which store is behind the port.
 */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
