package com.managedmrr.application.admin;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.audit.AuditTrail;
import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * The audit entries of admin logins, in the partner's trail: created, password changed, revoked. An entry is recorded
 * right after the login's change (the logins are not kept in the commands' store); never a password or its hash.
 */
public final class AdminAudit {

    private final CommandTransactionPort transactions;
    private final ClockPort clock;

    public AdminAudit(CommandTransactionPort transactions, ClockPort clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    CompletionStage<Void> saved(Actor actor, PartnerId partnerId, Email email, boolean created) {
        return record(actor, partnerId, email, created ? AuditAction.ADMIN_LOGIN_CREATED
                : AuditAction.ADMIN_PASSWORD_CHANGED, created
                ? "created the admin login " + email
                : "changed the password of the admin login " + email + " (its sessions ended)");
    }

    CompletionStage<Void> revoked(Actor actor, PartnerId partnerId, Email email) {
        return record(actor, partnerId, email, AuditAction.ADMIN_LOGIN_REVOKED,
                "revoked the admin login " + email + " (its sessions ended)");
    }

    private CompletionStage<Void> record(Actor actor, PartnerId partnerId, Email email, AuditAction action,
                                         String text) {
        return transactions.inTransaction(store -> store.recordAudit(new AuditTrail().note(partnerId, text)
                .entry(clock.now(), actor, action, partnerId, null, email)));
    }
}
