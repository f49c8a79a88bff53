package com.managedmrr.bootstrap;

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
import com.managedmrr.domain.port.AdminAccountPort;
import com.managedmrr.domain.port.ClockPort;
import com.managedmrr.domain.port.PasswordHashingPort;
import com.managedmrr.persistence.PersistenceAdapters;
import com.managedmrr.web.api.ApiUseCases;
import com.managedmrr.web.ui.UiUseCases;
import com.managedmrr.web.ui.demo.DemoData;

/** Every use case, each service built once over the ports: the wiring by hand. */
final class Services {

    private Services() {
    }

    static ApiUseCases api(PersistenceAdapters ports, AdminAccountPort admins, PasswordHashingPort hashing,
                           ClockPort clock) {
        return new ApiUseCases(
                new UpsertPartnerService(ports.commands(), clock),
                new ViewPartnerService(ports.partners()),
                new UpsertPartnerUserService(ports.commands(), clock),
                new ListPartnerUsersService(ports.partners()),
                new RemovePartnerUserService(ports.commands(), clock),
                new RegisterAdminService(ports.partners(), admins, hashing),
                new UpsertClientService(ports.commands(), ports.pointUnits(), clock),
                new ViewClientService(ports.clients()),
                new SetClientUserService(ports.commands(), clock),
                new RemoveClientUserService(ports.commands(), clock),
                new AddEmployeesService(ports.commands(), clock),
                new LinkClientService(ports.commands(), clock),
                new UnassignService(ports.commands(), clock),
                new ReactivateUserService(ports.commands(), clock),
                new ReviewRemovalService(ports.commands()),
                new RemoveStaffService(ports.commands(), clock),
                new RecordActivitiesService(ports.ingestion(), ports.catalogue(), clock),
                new ListClientActivitiesService(ports.clients()),
                new ComputeBreakdownService(ports.partners(), ports.breakdowns(), clock),
                new ExplainClientService(ports.partners(), ports.breakdowns(), clock),
                new ListQualifyingActionsService(ports.catalogue(), clock),
                new SetQualifyingActionsService(ports.catalogue(), clock),
                new ListPointRatesService(ports.pointUnits(), clock),
                new SetPointRateService(ports.pointUnits(), clock),
                new ListAuditTrailService(ports.partners(), ports.audit()));
    }

    /** The admin pages' use cases: the same services the API calls. */
    static UiUseCases ui(ApiUseCases api) {
        return new UiUseCases(api.viewPartner(), api.listPartnerUsers(), api.viewClient(), api.computeBreakdown(),
                api.explainClient(), api.addEmployees(), api.linkClient(), api.reactivateUser(), api.reviewRemoval(),
                api.removeStaff(), api.listAuditTrail());
    }

    /** The use cases the {@code --demo} seeder plays its story through. */
    static DemoData.UseCases demo(ApiUseCases api) {
        return new DemoData.UseCases(api.upsertPartner(), api.viewPartner(), api.upsertPartnerUser(),
                api.registerAdmin(), api.upsertClient(), api.setClientUser(), api.addEmployees(), api.linkClient(),
                api.removeStaff(), api.recordActivities());
    }
}
