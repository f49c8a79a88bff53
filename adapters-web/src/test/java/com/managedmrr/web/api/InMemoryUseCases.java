package com.managedmrr.web.api;

import com.managedmrr.application.access.AddEmployeesService;
import com.managedmrr.application.access.LinkClientService;
import com.managedmrr.application.access.ReactivateUserService;
import com.managedmrr.application.access.RemoveStaffService;
import com.managedmrr.application.access.ReviewRemovalService;
import com.managedmrr.application.access.UnassignService;
import com.managedmrr.application.activity.ListClientActivitiesService;
import com.managedmrr.application.activity.RecordActivitiesService;
import com.managedmrr.application.admin.RegisterAdminService;
import com.managedmrr.application.audit.ListAuditTrailService;
import com.managedmrr.application.catalogue.ListPointRatesService;
import com.managedmrr.application.catalogue.ListQualifyingActionsService;
import com.managedmrr.application.catalogue.SetPointRateService;
import com.managedmrr.application.catalogue.SetQualifyingActionsService;
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
import com.managedmrr.domain.testing.InMemoryStore;
import com.managedmrr.domain.testing.MutableClock;

/** Every real service over the in-memory store and a test clock: the wiring bootstrap does, minus PostgreSQL. */
final class InMemoryUseCases {

    private InMemoryUseCases() {
    }

    static ApiUseCases create(InMemoryStore store, MutableClock clock, InMemoryAdmins admins) {
        return new ApiUseCases(
                new UpsertPartnerService(store.commands(), clock),
                new ViewPartnerService(store),
                new UpsertPartnerUserService(store.commands(), clock),
                new ListPartnerUsersService(store),
                new RemovePartnerUserService(store.commands(), clock),
                new RegisterAdminService(store, admins, admins),
                new UpsertClientService(store.commands(), store, clock),
                new ViewClientService(store),
                new SetClientUserService(store.commands(), clock),
                new RemoveClientUserService(store.commands(), clock),
                new AddEmployeesService(store.commands(), clock),
                new LinkClientService(store.commands(), clock),
                new UnassignService(store.commands(), clock),
                new ReactivateUserService(store.commands(), clock),
                new ReviewRemovalService(store.commands()),
                new RemoveStaffService(store.commands(), clock),
                new RecordActivitiesService(store.ingestion(), store, clock),
                new ListClientActivitiesService(store),
                new ComputeBreakdownService(store, store, clock),
                new ExplainClientService(store, store, clock),
                new ListQualifyingActionsService(store, clock),
                new SetQualifyingActionsService(store, clock),
                new ListPointRatesService(store, clock),
                new SetPointRateService(store, clock),
                new ListAuditTrailService(store, store));
    }
}
