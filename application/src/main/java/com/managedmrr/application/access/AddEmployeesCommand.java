package com.managedmrr.application.access;

import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.util.List;
import java.util.Objects;

/**
 * Add employees (Client Access Manager, Clients tab): each is assigned to the client and, where the e-mail has no seat
 * there yet, added to the client account as an ACTIVE user. A contractor or an unknown e-mail in the list refuses the
 * whole request and changes nothing.
 */
public record AddEmployeesCommand(PartnerId partnerId, HubId hubId, List<Email> emails, Actor actor) {

    public static final int MAX_EMAILS = 500;

    public AddEmployeesCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(hubId, "hubId");
        if (emails == null || emails.isEmpty()) {
            throw DomainException.invalid("emails", "needs at least one e-mail");
        }
        if (emails.size() > MAX_EMAILS) {
            throw DomainException.invalid("emails", "may hold at most " + MAX_EMAILS + " e-mails");
        }
        emails = emails.stream().distinct().toList();
    }

    /** Issued by an internal system. */
    public AddEmployeesCommand(PartnerId partnerId, HubId hubId, List<Email> emails) {
        this(partnerId, hubId, emails, Actor.internalSystem());
    }
}
