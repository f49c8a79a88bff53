package com.managedmrr.web.ui;

import com.managedmrr.application.access.AddEmployeesService;
import com.managedmrr.application.access.LinkClientService;
import com.managedmrr.application.access.ReactivateUserService;
import com.managedmrr.application.access.RemoveStaffService;
import com.managedmrr.application.access.ReviewRemovalService;
import com.managedmrr.application.activity.RecordActivitiesService;
import com.managedmrr.application.admin.RegisterAdminService;
import com.managedmrr.application.audit.ListAuditTrailService;
import com.managedmrr.application.client.RemoveClientUserService;
import com.managedmrr.application.client.SetClientUserService;
import com.managedmrr.application.client.UpsertClientService;
import com.managedmrr.application.client.ViewClientService;
import com.managedmrr.application.credit.ComputeBreakdownService;
import com.managedmrr.application.credit.ExplainClientService;
import com.managedmrr.application.partner.ListPartnerUsersService;
import com.managedmrr.application.partner.RemovePartnerUserService;
import com.managedmrr.application.partner.UpsertPartnerService;
import com.managedmrr.application.partner.UpsertPartnerUserService;
import com.managedmrr.application.partner.ViewPartnerService;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.PasswordHashingPort;
import com.managedmrr.domain.testing.InMemoryStore;
import com.managedmrr.web.ui.demo.DemoData;

/** The real services over the in-memory store: the wiring bootstrap does, minus PostgreSQL. */
record UiServices(
        UpsertPartnerService upsertPartner,
        ViewPartnerService viewPartner,
        UpsertPartnerUserService upsertPartnerUser,
        ListPartnerUsersService listPartnerUsers,
        RemovePartnerUserService removePartnerUser,
        RegisterAdminService registerAdmin,
        UpsertClientService upsertClient,
        ViewClientService viewClient,
        SetClientUserService setClientUser,
        RemoveClientUserService removeClientUser,
        AddEmployeesService addEmployees,
        LinkClientService linkClient,
        ReactivateUserService reactivateUser,
        ReviewRemovalService reviewRemoval,
        RemoveStaffService removeStaff,
        RecordActivitiesService recordActivities,
        ComputeBreakdownService computeBreakdown,
        ExplainClientService explainClient,
        ListAuditTrailService listAuditTrail) {

    static UiServices over(InMemoryStore store, ClockPort clock, InMemoryAdminAccounts admins,
                           PasswordHashingPort hashing) {
        return new UiServices(
                new UpsertPartnerService(store.commands(), clock),
                new ViewPartnerService(store),
                new UpsertPartnerUserService(store.commands(), clock),
                new ListPartnerUsersService(store),
                new RemovePartnerUserService(store.commands(), clock),
                new RegisterAdminService(store, admins, hashing),
                new UpsertClientService(store.commands(), store, clock),
                new ViewClientService(store),
                new SetClientUserService(store.commands(), clock),
                new RemoveClientUserService(store.commands(), clock),
                new AddEmployeesService(store.commands(), clock),
                new LinkClientService(store.commands(), clock),
                new ReactivateUserService(store.commands(), clock),
                new ReviewRemovalService(store.commands()),
                new RemoveStaffService(store.commands(), clock),
                new RecordActivitiesService(store.ingestion(), store, clock),
                new ComputeBreakdownService(store, store, clock),
                new ExplainClientService(store, store, clock),
                new ListAuditTrailService(store, store));
    }

    UiUseCases ui() {
        return new UiUseCases(viewPartner, listPartnerUsers, viewClient, computeBreakdown, explainClient,
                addEmployees, linkClient, reactivateUser, reviewRemoval, removeStaff, listAuditTrail);
    }

    DemoData.UseCases demo() {
        return new DemoData.UseCases(upsertPartner, viewPartner, upsertPartnerUser, registerAdmin, upsertClient,
                setClientUser, addEmployees, linkClient, removeStaff, recordActivities);
    }
}
