package com.managedmrr.web.ui;

import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.application.access.AddEmployeesUseCase;
import com.managedmrr.application.access.LinkClientUseCase;
import com.managedmrr.application.access.ReactivateUserUseCase;
import com.managedmrr.application.access.RemoveStaffUseCase;
import com.managedmrr.application.access.ReviewRemovalUseCase;
import com.managedmrr.application.audit.ListAuditTrailUseCase;
import com.managedmrr.application.client.ViewClientUseCase;
import com.managedmrr.application.credit.ComputeBreakdownUseCase;
import com.managedmrr.application.credit.ExplainClientUseCase;
import com.managedmrr.application.partner.ListPartnerUsersUseCase;
import com.managedmrr.application.partner.ViewPartnerUseCase;

import java.util.Objects;

/** Every use case the admin web UI calls; each component has its own type, so a wrong wiring does not compile. */
public record UiUseCases(
        ViewPartnerUseCase viewPartner,
        ListPartnerUsersUseCase listPartnerUsers,
        ViewClientUseCase viewClient,
        ComputeBreakdownUseCase computeBreakdown,
        ExplainClientUseCase explainClient,
        AddEmployeesUseCase addEmployees,
        LinkClientUseCase linkClient,
        ReactivateUserUseCase reactivateUser,
        ReviewRemovalUseCase reviewRemoval,
        RemoveStaffUseCase removeStaff,
        ListAuditTrailUseCase listAuditTrail) {

    public UiUseCases {
        Objects.requireNonNull(viewPartner, "viewPartner");
        Objects.requireNonNull(listPartnerUsers, "listPartnerUsers");
        Objects.requireNonNull(viewClient, "viewClient");
        Objects.requireNonNull(computeBreakdown, "computeBreakdown");
        Objects.requireNonNull(explainClient, "explainClient");
        Objects.requireNonNull(addEmployees, "addEmployees");
        Objects.requireNonNull(linkClient, "linkClient");
        Objects.requireNonNull(reactivateUser, "reactivateUser");
        Objects.requireNonNull(reviewRemoval, "reviewRemoval");
        Objects.requireNonNull(removeStaff, "removeStaff");
        Objects.requireNonNull(listAuditTrail, "listAuditTrail");
    }

    /** The admin pages' use cases: the same services the API calls. */
    public static UiUseCases from(ManagedMrrServices services) {
        return new UiUseCases(services.viewPartner(), services.listPartnerUsers(), services.viewClient(),
                services.computeBreakdown(), services.explainClient(), services.addEmployees(), services.linkClient(),
                services.reactivateUser(), services.reviewRemoval(), services.removeStaff(), services.listAuditTrail());
    }
}
