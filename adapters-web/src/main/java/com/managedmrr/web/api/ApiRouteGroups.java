package com.managedmrr.web.api;

import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.web.observe.WebMetrics;

import java.util.List;

/**
 * Builds every route group of the JSON API from the application's use cases, for bootstrap to hand to
 * {@link ApiRouter}: {@code new ApiRouter(token, ApiRouteGroups.of(services))}. Each group takes only the use cases
 * it calls.
 */
public final class ApiRouteGroups {

    private ApiRouteGroups() {
    }

    public static List<ApiRoutes> of(ManagedMrrServices useCases) {
        return of(useCases, WebMetrics.none());
    }

    /** @param metrics counts what the routes count (activities by outcome) */
    public static List<ApiRoutes> of(ManagedMrrServices useCases, WebMetrics metrics) {
        return List.of(
                new PartnerApiRoutes(useCases.upsertPartner(), useCases.viewPartner(), useCases.upsertPartnerUser(),
                        useCases.listPartnerUsers(), useCases.removePartnerUser(), useCases.registerAdmin(),
                        useCases.revokeAdmin()),
                new ClientApiRoutes(useCases.upsertClient(), useCases.viewClient(), useCases.setClientUser(),
                        useCases.removeClientUser()),
                new AccessApiRoutes(useCases.addEmployees(), useCases.linkClient(), useCases.unassign(),
                        useCases.reactivateUser(), useCases.reviewRemoval(), useCases.removeStaff()),
                new ActivityApiRoutes(useCases.recordActivities(), useCases.listClientActivities(), metrics),
                new BreakdownApiRoutes(useCases.computeBreakdownPage(), useCases.explainClient()),
                new CatalogueApiRoutes(useCases.listQualifyingActions(), useCases.setQualifyingActions(),
                        useCases.listPointRates(), useCases.setPointRate()),
                new AuditApiRoutes(useCases.listAuditTrail(), useCases.listAuditLog()),
                new ListingApiRoutes(useCases.listPartners(), useCases.listClients(), useCases.listPartnerClients(),
                        useCases.listPartnerAdmins()),
                new OpenApiRoutes());
    }
}
