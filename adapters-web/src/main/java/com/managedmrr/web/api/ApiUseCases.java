package com.managedmrr.web.api;

import com.managedmrr.application.access.AddEmployeesUseCase;
import com.managedmrr.application.access.LinkClientUseCase;
import com.managedmrr.application.access.ReactivateUserUseCase;
import com.managedmrr.application.access.RemoveStaffUseCase;
import com.managedmrr.application.access.ReviewRemovalUseCase;
import com.managedmrr.application.access.UnassignUseCase;
import com.managedmrr.application.activity.ListClientActivitiesUseCase;
import com.managedmrr.application.activity.RecordActivitiesUseCase;
import com.managedmrr.application.audit.ListAuditTrailUseCase;
import com.managedmrr.application.admin.RegisterAdminUseCase;
import com.managedmrr.application.catalogue.ListPointRatesUseCase;
import com.managedmrr.application.catalogue.ListQualifyingActionsUseCase;
import com.managedmrr.application.catalogue.SetPointRateUseCase;
import com.managedmrr.application.catalogue.SetQualifyingActionsUseCase;
import com.managedmrr.application.client.RemoveClientUserUseCase;
import com.managedmrr.application.client.SetClientUserUseCase;
import com.managedmrr.application.client.UpsertClientUseCase;
import com.managedmrr.application.client.ViewClientUseCase;
import com.managedmrr.application.credit.ComputeBreakdownUseCase;
import com.managedmrr.application.credit.ExplainClientUseCase;
import com.managedmrr.application.partner.ListPartnerUsersUseCase;
import com.managedmrr.application.partner.RemovePartnerUserUseCase;
import com.managedmrr.application.partner.UpsertPartnerUseCase;
import com.managedmrr.application.partner.UpsertPartnerUserUseCase;
import com.managedmrr.application.partner.ViewPartnerUseCase;

import java.util.Objects;

/**
 * Every use case the JSON API calls, for {@link ApiRouteGroups#of(ApiUseCases)}. Each component has its own type,
 * so wiring one in the wrong place does not compile.
 */
public record ApiUseCases(
        UpsertPartnerUseCase upsertPartner,
        ViewPartnerUseCase viewPartner,
        UpsertPartnerUserUseCase upsertPartnerUser,
        ListPartnerUsersUseCase listPartnerUsers,
        RemovePartnerUserUseCase removePartnerUser,
        RegisterAdminUseCase registerAdmin,
        UpsertClientUseCase upsertClient,
        ViewClientUseCase viewClient,
        SetClientUserUseCase setClientUser,
        RemoveClientUserUseCase removeClientUser,
        AddEmployeesUseCase addEmployees,
        LinkClientUseCase linkClient,
        UnassignUseCase unassign,
        ReactivateUserUseCase reactivateUser,
        ReviewRemovalUseCase reviewRemoval,
        RemoveStaffUseCase removeStaff,
        RecordActivitiesUseCase recordActivities,
        ListClientActivitiesUseCase listClientActivities,
        ComputeBreakdownUseCase computeBreakdown,
        ExplainClientUseCase explainClient,
        ListQualifyingActionsUseCase listQualifyingActions,
        SetQualifyingActionsUseCase setQualifyingActions,
        ListPointRatesUseCase listPointRates,
        SetPointRateUseCase setPointRate,
        ListAuditTrailUseCase listAuditTrail) {

    public ApiUseCases {
        Objects.requireNonNull(upsertPartner, "upsertPartner");
        Objects.requireNonNull(viewPartner, "viewPartner");
        Objects.requireNonNull(upsertPartnerUser, "upsertPartnerUser");
        Objects.requireNonNull(listPartnerUsers, "listPartnerUsers");
        Objects.requireNonNull(removePartnerUser, "removePartnerUser");
        Objects.requireNonNull(registerAdmin, "registerAdmin");
        Objects.requireNonNull(upsertClient, "upsertClient");
        Objects.requireNonNull(viewClient, "viewClient");
        Objects.requireNonNull(setClientUser, "setClientUser");
        Objects.requireNonNull(removeClientUser, "removeClientUser");
        Objects.requireNonNull(addEmployees, "addEmployees");
        Objects.requireNonNull(linkClient, "linkClient");
        Objects.requireNonNull(unassign, "unassign");
        Objects.requireNonNull(reactivateUser, "reactivateUser");
        Objects.requireNonNull(reviewRemoval, "reviewRemoval");
        Objects.requireNonNull(removeStaff, "removeStaff");
        Objects.requireNonNull(recordActivities, "recordActivities");
        Objects.requireNonNull(listClientActivities, "listClientActivities");
        Objects.requireNonNull(computeBreakdown, "computeBreakdown");
        Objects.requireNonNull(explainClient, "explainClient");
        Objects.requireNonNull(listQualifyingActions, "listQualifyingActions");
        Objects.requireNonNull(setQualifyingActions, "setQualifyingActions");
        Objects.requireNonNull(listPointRates, "listPointRates");
        Objects.requireNonNull(setPointRate, "setPointRate");
        Objects.requireNonNull(listAuditTrail, "listAuditTrail");
    }
}
