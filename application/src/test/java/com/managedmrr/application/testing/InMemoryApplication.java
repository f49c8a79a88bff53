package com.managedmrr.application.testing;

import com.managedmrr.application.access.AddEmployeesService;
import com.managedmrr.application.access.AddEmployeesUseCase;
import com.managedmrr.application.access.LinkClientService;
import com.managedmrr.application.access.LinkClientUseCase;
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
import com.managedmrr.application.catalogue.ListPointRatesService;
import com.managedmrr.application.catalogue.ListPointRatesUseCase;
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
import com.managedmrr.domain.testing.InMemoryStore;
import com.managedmrr.domain.testing.MutableClock;

/**
 * Every use case, wired by hand over one {@link InMemoryStore} and one {@link MutableClock}: the application as the
 * web adapters see it, without a database. A fresh instance per test.
 */
public final class InMemoryApplication {

    public final InMemoryStore store;
    public final MutableClock clock;

    public final UpsertPartnerUseCase upsertPartner;
    public final ViewPartnerUseCase viewPartner;
    public final UpsertPartnerUserUseCase upsertPartnerUser;
    public final RemovePartnerUserUseCase removePartnerUser;
    public final ListPartnerUsersUseCase listPartnerUsers;

    public final UpsertClientUseCase upsertClient;
    public final ViewClientUseCase viewClient;
    public final SetClientUserUseCase setClientUser;
    public final RemoveClientUserUseCase removeClientUser;

    public final AddEmployeesUseCase addEmployees;
    public final LinkClientUseCase linkClient;
    public final UnassignUseCase unassign;
    public final ReactivateUserUseCase reactivateUser;
    public final ReviewRemovalUseCase reviewRemoval;
    public final RemoveStaffUseCase removeStaff;

    public final RecordActivitiesUseCase recordActivities;
    public final ListClientActivitiesUseCase listClientActivities;

    public final ComputeBreakdownUseCase computeBreakdown;
    public final ExplainClientUseCase explainClient;

    public final ListQualifyingActionsUseCase listQualifyingActions;
    public final SetQualifyingActionsUseCase setQualifyingActions;
    public final ListPointRatesUseCase listPointRates;
    public final SetPointRateUseCase setPointRate;

    public final com.managedmrr.application.audit.ListAuditTrailUseCase listAuditTrail;

    public InMemoryApplication() {
        this(new InMemoryStore(), new MutableClock());
    }

    public InMemoryApplication(MutableClock clock) {
        this(new InMemoryStore(), clock);
    }

    public InMemoryApplication(InMemoryStore store, MutableClock clock) {
        this.store = store;
        this.clock = clock;
        var commands = store.commands();

        upsertPartner = new UpsertPartnerService(commands, clock);
        viewPartner = new ViewPartnerService(store);
        upsertPartnerUser = new UpsertPartnerUserService(commands, clock);
        removePartnerUser = new RemovePartnerUserService(commands, clock);
        listPartnerUsers = new ListPartnerUsersService(store);

        upsertClient = new UpsertClientService(commands, store, clock);
        viewClient = new ViewClientService(store);
        setClientUser = new SetClientUserService(commands, clock);
        removeClientUser = new RemoveClientUserService(commands, clock);

        addEmployees = new AddEmployeesService(commands, clock);
        linkClient = new LinkClientService(commands, clock);
        unassign = new UnassignService(commands, clock);
        reactivateUser = new ReactivateUserService(commands, clock);
        reviewRemoval = new ReviewRemovalService(commands);
        removeStaff = new RemoveStaffService(commands, clock);

        recordActivities = new RecordActivitiesService(store.ingestion(), store, clock);
        listClientActivities = new ListClientActivitiesService(store);

        computeBreakdown = new ComputeBreakdownService(store, store, clock);
        explainClient = new ExplainClientService(store, store, clock);

        listQualifyingActions = new ListQualifyingActionsService(store, clock);
        setQualifyingActions = new SetQualifyingActionsService(store, clock);
        listPointRates = new ListPointRatesService(store, clock);
        setPointRate = new SetPointRateService(store, clock);

        listAuditTrail = new com.managedmrr.application.audit.ListAuditTrailService(store, store);
    }
}
