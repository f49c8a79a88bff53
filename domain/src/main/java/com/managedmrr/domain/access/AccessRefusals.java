package com.managedmrr.domain.access;

import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.DomainException.FieldError;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import java.util.List;

/** The refusals of the access rules, each with its stable code. */
public final class AccessRefusals {

    public static final String PARTNER_NOT_FOUND = "PARTNER_NOT_FOUND";
    public static final String CLIENT_NOT_FOUND = "CLIENT_NOT_FOUND";
    public static final String PARTNER_USER_NOT_FOUND = "PARTNER_USER_NOT_FOUND";
    public static final String CLIENT_USER_NOT_FOUND = "CLIENT_USER_NOT_FOUND";
    public static final String NOT_AN_EMPLOYEE = "NOT_AN_EMPLOYEE";
    public static final String NOT_A_CONTRACTOR = "NOT_A_CONTRACTOR";
    public static final String CONTRACTOR_NOT_A_CLIENT_USER = "CONTRACTOR_NOT_A_CLIENT_USER";
    public static final String NOT_A_CLIENT_USER = "NOT_A_CLIENT_USER";
    public static final String EMPLOYEE_DOMAIN_MISMATCH = "EMPLOYEE_DOMAIN_MISMATCH";

    private AccessRefusals() {
    }

    public static DomainException partnerNotFound(PartnerId partnerId) {
        return DomainException.notFound(PARTNER_NOT_FOUND, "There is no partner '" + partnerId + "'.");
    }

    public static DomainException clientNotFound(HubId hubId) {
        return DomainException.notFound(CLIENT_NOT_FOUND, "There is no client account with Hub ID " + hubId + ".");
    }

    public static DomainException partnerUserNotFound(PartnerId partnerId, Email email) {
        return DomainException.notFound(PARTNER_USER_NOT_FOUND,
                email + " is not a user in the account of partner '" + partnerId + "'.");
    }

    public static DomainException clientUserNotFound(HubId hubId, Email email) {
        return DomainException.notFound(CLIENT_USER_NOT_FOUND,
                email + " is not a user in client account " + hubId + ".");
    }

    /** Add employees names someone who is not a present employee of the partner: one error per such e-mail. */
    static DomainException notAnEmployee(List<FieldError> errors) {
        return DomainException.refused(NOT_AN_EMPLOYEE,
                "Add employees takes the partner's employees only; nothing was changed.", errors);
    }

    static DomainException notAContractor(Email email) {
        return DomainException.refused(NOT_A_CONTRACTOR, email + " is an employee; Link clients takes contractors"
                + " only (employees are added with Add employees).");
    }

    static DomainException contractorNotAClientUser(HubId hubId, Email email) {
        return DomainException.refused(CONTRACTOR_NOT_A_CLIENT_USER, email + " is not a user in client account " + hubId
                + "; the client account must add them as a user before they can be linked.");
    }

    static DomainException notAClientUser(HubId hubId, Email email) {
        return DomainException.refused(NOT_A_CLIENT_USER, email + " is not a user in client account " + hubId
                + ", so there is nothing to reactivate.");
    }

    static DomainException employeeDomainMismatch(Partner partner, PartnerUser user) {
        return DomainException.refused(EMPLOYEE_DOMAIN_MISMATCH,
                "An employee's e-mail must be in one of the partner's domains " + partner.emailDomains() + "; "
                        + user.email() + " is not.",
                List.of(new FieldError("email", "not in the partner's domains " + partner.emailDomains())));
    }
}
