package com.managedmrr.persistence;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.store.StoreUnavailableException;
import io.vertx.core.Future;
import io.vertx.pgclient.PgException;

/**
 * Translates PostgreSQL failures into the domain's refusals by SQL state and constraint name, so that no SQL (nor
 * a constraint's name) reaches the core: unique violations are conflicts, foreign-key violations name the missing
 * partner, partner user or client account, check violations are invalid values.
 */
final class PostgresErrors {

    static final String UNIQUE_VIOLATION = "23505";
    static final String FOREIGN_KEY_VIOLATION = "23503";
    static final String CHECK_VIOLATION = "23514";
    static final String NOT_NULL_VIOLATION = "23502";
    static final String SERIALIZATION_FAILURE = "40001";
    static final String DEADLOCK_DETECTED = "40P01";
    /** The lock time-out passed: another writer holds the lock; nothing was changed. */
    static final String LOCK_NOT_AVAILABLE = "55P03";
    /** The statement time-out passed (or the statement was cancelled); the transaction is rolled back. */
    static final String QUERY_CANCELED = "57014";
    /** The database (or this transaction) is read-only: a standby, or {@code default_transaction_read_only=on}. */
    static final String READ_ONLY_SQL_TRANSACTION = "25006";

    private PostgresErrors() {
    }

    static <T> Future<T> translate(Throwable failure) {
        return Future.failedFuture(translated(failure));
    }

    static Throwable translated(Throwable failure) {
        if (failure instanceof DomainException || failure instanceof PersistenceException
                || failure instanceof StoreUnavailableException) {
            return failure;
        }
        if (!(failure instanceof PgException pg)) {
            // not an answer from PostgreSQL: no connection (refused, closed, timed out waiting for one in the pool)
            // or the pool's wait queue is full
            return new StoreUnavailableException(
                    "the database is unavailable: " + failure.getClass().getSimpleName(), failure);
        }
        String state = pg.getSqlState() == null ? "" : pg.getSqlState();
        if (unavailable(state)) {
            return new StoreUnavailableException("the database is unavailable (SQL state " + state + ")", failure);
        }
        String constraint = pg.getConstraint() == null ? "" : pg.getConstraint();
        switch (state) {
            case UNIQUE_VIOLATION:
                return uniqueViolation(constraint);
            case FOREIGN_KEY_VIOLATION:
                return foreignKeyViolation(constraint);
            case CHECK_VIOLATION:
            case NOT_NULL_VIOLATION:
                return checkViolation(constraint);
            case SERIALIZATION_FAILURE:
            case DEADLOCK_DETECTED:
                return DomainException.conflict("CONCURRENT_UPDATE",
                        "The request clashed with a concurrent change; try again.");
            default:
                if (state.startsWith("22")) {
                    return DomainException.invalid("value", "is out of range for storage");
                }
                return new PersistenceException("the database refused the request (SQL state " + state + ")", failure);
        }
    }

    /**
     * Connection exceptions (class 08), insufficient resources (53: too many connections, out of memory or disk),
     * operator intervention (57P01-57P05: the server shuts down, or cannot take connections yet), a lock or statement
     * time-out (55P03, 57014) and a read-only database (25006): each leaves nothing changed, and the same request may
     * succeed later.
     */
    private static boolean unavailable(String state) {
        return state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                || state.equals(LOCK_NOT_AVAILABLE) || state.equals(QUERY_CANCELED)
                || state.equals(READ_ONLY_SQL_TRANSACTION);
    }

    private static DomainException uniqueViolation(String constraint) {
        return switch (constraint) {
            case "partners_pkey" -> DomainException.conflict("PARTNER_EXISTS", "The partner exists already.");
            case "partner_memberships_one_open" -> DomainException.conflict("PARTNER_USER_PRESENT",
                    "The user is already present in the partner account.");
            case "seat_periods_one_open" -> DomainException.conflict("CLIENT_USER_PRESENT",
                    "The e-mail is already a user in the client account.");
            case "assignment_periods_one_open" -> DomainException.conflict("ALREADY_ASSIGNED",
                    "The user is already assigned to the client account.");
            case "activities_pkey" -> DomainException.conflict("DUPLICATE_ACTIVITY", "The activity id is known already.");
            case "client_accounts_pkey" -> DomainException.conflict("CLIENT_EXISTS", "The client account exists already.");
            default -> DomainException.conflict("CONFLICT", "The change clashes with the stored state.");
        };
    }

    private static DomainException foreignKeyViolation(String constraint) {
        if (constraint.endsWith("_hub_id_fkey")) {
            return DomainException.notFound("CLIENT_NOT_FOUND", "No such client account.");
        }
        if (constraint.endsWith("_user_fkey")) {
            return DomainException.notFound("PARTNER_USER_NOT_FOUND", "No such user in the partner account.");
        }
        if (constraint.endsWith("_partner_id_fkey")) {
            return DomainException.notFound("PARTNER_NOT_FOUND", "No such partner.");
        }
        return DomainException.notFound("NOT_FOUND", "A referenced record does not exist.");
    }

    private static DomainException checkViolation(String constraint) {
        if (constraint.startsWith("client_mrr_")) {
            return DomainException.invalid("mrr", "must be a non-negative amount");
        }
        if (constraint.startsWith("point_units_")) {
            return DomainException.invalid("unit", "must be a positive amount");
        }
        if (constraint.contains("currency")) {
            return DomainException.invalid("currency", "must be an ISO 4217 currency code");
        }
        if (constraint.contains("email")) {
            return DomainException.invalid("email", "is not a stored e-mail address");
        }
        if (constraint.endsWith("_period")) {
            return DomainException.conflict("OUT_OF_ORDER", "The change is dated before the period it ends.");
        }
        return DomainException.invalid("value", "is not allowed");
    }
}
