package com.managedmrr.application;

import com.managedmrr.application.admin.ListPartnerAdminsService;
import com.managedmrr.application.admin.ListPartnerAdminsUseCase;
import com.managedmrr.application.client.ListClientsService;
import com.managedmrr.application.client.ListClientsUseCase;
import com.managedmrr.application.credit.ComputeBreakdownPageService;
import com.managedmrr.application.credit.ComputeBreakdownPageUseCase;
import com.managedmrr.application.partner.ListPartnerClientsService;
import com.managedmrr.application.partner.ListPartnerClientsUseCase;
import com.managedmrr.application.partner.ListPartnersService;
import com.managedmrr.application.partner.ListPartnersUseCase;
import com.managedmrr.application.access.AddEmployeesService;
import com.managedmrr.application.access.AddEmployeesUseCase;
import com.managedmrr.application.access.LinkClientService;
import com.managedmrr.application.access.LinkClientUseCase;
import com.managedmrr.application.access.ListLinkableClientsService;
import com.managedmrr.application.access.ListLinkableClientsUseCase;
import com.managedmrr.application.access.ReactivateUserService;
import com.managedmrr.application.access.ReactivateUserUseCase;
import com.managedmrr.application.access.RemoveStaffService;
import com.managedmrr.application.access.RemoveStaffUseCase;
import com.managedmrr.application.access.ReviewRemovalService;
import com.managedmrr.application.access.ReviewRemovalUseCase;
import com.managedmrr.application.access.UnassignService;
import com.managedmrr.application.access.UnassignUseCase;
import com.managedmrr.application.activity.ListClientActivitiesService;
import com.managedmrr.application.activity.ListClientActivitiesUseCase;
import com.managedmrr.application.activity.RecordActivitiesService;
import com.managedmrr.application.activity.RecordActivitiesUseCase;
import com.managedmrr.application.admin.AdminAudit;
import com.managedmrr.application.admin.RegisterAdminService;
import com.managedmrr.application.admin.RevokeAdminService;
import com.managedmrr.application.admin.RevokeAdminUseCase;
import com.managedmrr.application.admin.RegisterAdminUseCase;
import com.managedmrr.application.audit.ListActivityLogService;
import com.managedmrr.application.audit.ListActivityLogUseCase;
import com.managedmrr.application.audit.ListAuditLogService;
import com.managedmrr.application.audit.ListAuditLogUseCase;
import com.managedmrr.application.audit.ListAuditTrailService;
import com.managedmrr.application.audit.ListAuditTrailUseCase;
import com.managedmrr.application.catalogue.ListPointRatesService;
import com.managedmrr.application.catalogue.ListPointRatesUseCase;
import com.managedmrr.application.catalogue.ListPointUnitsService;
import com.managedmrr.application.catalogue.ListPointUnitsUseCase;
import com.managedmrr.application.catalogue.ListQualifyingActionsService;
import com.managedmrr.application.catalogue.ListQualifyingActionsUseCase;
import com.managedmrr.application.catalogue.SetPointRateService;
import com.managedmrr.application.catalogue.SetPointRateUseCase;
import com.managedmrr.application.catalogue.SetQualifyingActionsService;
import com.managedmrr.application.catalogue.SetQualifyingActionsUseCase;
import com.managedmrr.application.client.RemoveClientUserService;
import com.managedmrr.application.client.RemoveClientUserUseCase;
import com.managedmrr.application.client.SetClientUserService;
import com.managedmrr.application.client.SetClientUserUseCase;
import com.managedmrr.application.client.UpsertClientService;
import com.managedmrr.application.client.UpsertClientUseCase;
import com.managedmrr.application.client.ViewClientService;
import com.managedmrr.application.client.ViewClientUseCase;
import com.managedmrr.application.credit.ComputeBreakdownService;
import com.managedmrr.application.credit.ComputeBreakdownUseCase;
import com.managedmrr.application.credit.ExplainClientService;
import com.managedmrr.application.credit.ExplainClientUseCase;
import com.managedmrr.application.credit.ViewClientStandingService;
import com.managedmrr.application.credit.ViewClientStandingUseCase;
import com.managedmrr.application.partner.ListPartnerUsersService;
import com.managedmrr.application.partner.ListPartnerUsersUseCase;
import com.managedmrr.application.partner.RemovePartnerUserService;
import com.managedmrr.application.partner.RemovePartnerUserUseCase;
import com.managedmrr.application.partner.UpsertPartnerService;
import com.managedmrr.application.partner.UpsertPartnerUseCase;
import com.managedmrr.application.partner.UpsertPartnerUserService;
import com.managedmrr.application.partner.UpsertPartnerUserUseCase;
import com.managedmrr.application.partner.ViewPartnerService;
import com.managedmrr.application.partner.ViewPartnerUseCase;
import com.managedmrr.application.credit.ExplainBreakdownRowService;
import com.managedmrr.application.credit.ExplainBreakdownRowUseCase;
import com.managedmrr.application.credit.FilterBreakdownService;
import com.managedmrr.application.credit.FilterBreakdownUseCase;
import com.managedmrr.application.partner.FindOwnClientService;
import com.managedmrr.application.partner.FindOwnClientUseCase;
import com.managedmrr.application.partner.ListOwnClientsService;
import com.managedmrr.application.partner.ListOwnClientsUseCase;
import com.managedmrr.application.signin.FindAdminService;
import com.managedmrr.application.signin.FindAdminUseCase;
import com.managedmrr.application.signin.SignInService;
import com.managedmrr.application.signin.SignInUseCase;

/**
 * Every use case, each service built once over the ports by {@link #wire(ApplicationPorts)}: the one wiring of the
 * application, which bootstrap hands to the web adapter and the tests use over the in-memory store. Each component
 * has its own use-case type, so taking one for another does not compile.
 */
public record ManagedMrrServices(
        UpsertPartnerUseCase upsertPartner,
        ViewPartnerUseCase viewPartner,
        UpsertPartnerUserUseCase upsertPartnerUser,
        ListPartnerUsersUseCase listPartnerUsers,
        RemovePartnerUserUseCase removePartnerUser,
        RegisterAdminUseCase registerAdmin,
        RevokeAdminUseCase revokeAdmin,
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
        ListAuditTrailUseCase listAuditTrail,
        ListPartnersUseCase listPartners,
        ListClientsUseCase listClients,
        ListPartnerClientsUseCase listPartnerClients,
        ListPartnerAdminsUseCase listPartnerAdmins,
        ComputeBreakdownPageUseCase computeBreakdownPage,
        ListAuditLogUseCase listAuditLog,
        ListOwnClientsUseCase listOwnClients,
        FindOwnClientUseCase findOwnClient,
        FilterBreakdownUseCase filterBreakdown,
        ExplainBreakdownRowUseCase explainBreakdownRow,
        ViewClientStandingUseCase viewClientStanding,
        ListLinkableClientsUseCase listLinkableClients,
        SignInUseCase signIn,
        FindAdminUseCase findAdmin,
        ListPointUnitsUseCase listPointUnits,
        ListActivityLogUseCase listActivityLog) {

    /** Builds every service over the given ports; the services share the ports, and nothing else. */
    public static ManagedMrrServices wire(ApplicationPorts ports) {
        var clock = ports.clock();
        var computeBreakdown = new ComputeBreakdownService(ports.partners(), ports.breakdowns(), clock);
        var explainClient = new ExplainClientService(ports.partners(), ports.breakdowns(), clock);
        var adminAudit = new AdminAudit(ports.commands(), clock);
        return new ManagedMrrServices(
                new UpsertPartnerService(ports.commands(), clock),
                new ViewPartnerService(ports.partners()),
                new UpsertPartnerUserService(ports.commands(), clock),
                new ListPartnerUsersService(ports.partners()),
                new RemovePartnerUserService(ports.commands(), clock),
                new RegisterAdminService(ports.partners(), ports.admins(), ports.hashing(), adminAudit),
                new RevokeAdminService(ports.partners(), ports.admins(), adminAudit),
                new UpsertClientService(ports.commands(), ports.pointUnits(), clock),
                new ViewClientService(ports.clients()),
                new SetClientUserService(ports.commands(), clock),
                new RemoveClientUserService(ports.commands(), clock),
                new AddEmployeesService(ports.commands(), clock),
                new LinkClientService(ports.commands(), clock),
                new UnassignService(ports.commands(), clock),
                new ReactivateUserService(ports.commands(), clock),
                new ReviewRemovalService(ports.commands(), clock),
                new RemoveStaffService(ports.commands(), clock),
                new RecordActivitiesService(ports.ingestion(), ports.catalogue(), clock),
                new ListClientActivitiesService(ports.clients()),
                computeBreakdown,
                explainClient,
                new ListQualifyingActionsService(ports.catalogue(), clock),
                new SetQualifyingActionsService(ports.commands(), clock),
                new ListPointRatesService(ports.pointUnits(), clock),
                new SetPointRateService(ports.pointUnits(), ports.commands(), clock),
                new ListAuditTrailService(ports.partners(), ports.audit()),
                new ListPartnersService(ports.partners()),
                new ListClientsService(ports.clients()),
                new ListPartnerClientsService(ports.partners(), ports.breakdowns(), clock),
                new ListPartnerAdminsService(ports.partners(), ports.admins()),
                new ComputeBreakdownPageService(computeBreakdown),
                new ListAuditLogService(ports.audit()),
                new ListOwnClientsService(ports.partners(), ports.breakdowns(), clock),
                new FindOwnClientService(explainClient, ports.breakdowns(), ports.clients(), clock),
                new FilterBreakdownService(computeBreakdown),
                new ExplainBreakdownRowService(ports.partners(), ports.breakdowns(), explainClient, clock),
                new ViewClientStandingService(computeBreakdown, explainClient, clock),
                new ListLinkableClientsService(ports.partners(), ports.clients()),
                new SignInService(ports.admins(), ports.hashing()),
                new FindAdminService(ports.admins()),
                new ListPointUnitsService(ports.pointUnits()),
                new ListActivityLogService(ports.partners(), ports.audit()));
    }
}
