package com.managedmrr.web.ui.access;

import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.application.access.LinkClientCommand;
import com.managedmrr.application.access.LinkClientService;
import com.managedmrr.application.partner.ListOwnClientsQuery;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.store.PartnerUserAssignments;
import com.managedmrr.web.ui.Htmx;
import com.managedmrr.web.ui.PageRenderer;
import com.managedmrr.web.ui.PathParams;
import com.managedmrr.web.ui.Paths;
import com.managedmrr.web.ui.Redirects;
import com.managedmrr.web.ui.SignedInAdmin;
import com.managedmrr.web.ui.UiMessages;
import com.managedmrr.web.usecase.UseCaseCall;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The Contractors tab: each contractor with the clients they are linked to, and Link clients (pick one of the
 * partner's clients by name, or type any Hub ID). When the contractor is not a user in that client account the
 * refusal is shown next to the field.
 */
public final class ContractorsPageRoutes {

    static final String PAGE = "templates/contractors/page.html";
    static final String CONTRACTOR = "templates/contractors/_contractor.html";

    private final PageRenderer pages;
    private final ManagedMrrServices services;
    private final AccessDirectory directory;

    public ContractorsPageRoutes(PageRenderer pages, ManagedMrrServices services, AccessDirectory directory) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.services = Objects.requireNonNull(services, "services");
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public void mount(Router ui) {
        ui.get("/contractors").handler(this::page);
        ui.get("/contractors/:email/link").handler(this::linkForm);
        ui.post("/contractors/:email/clients").handler(this::link);
    }

    private void page(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        directory.load(ctx, partnerId)
                .compose(found -> {
                    List<PartnerUserAssignments> contractors = found.contractors();
                    return pages.render(ctx, PAGE, new ContractorsPageView(IntStream.range(0, contractors.size())
                            .mapToObj(i -> ContractorView.of(contractors.get(i), found, i)).toList(),
                            "access", "contractors"));
                })
                .onFailure(ctx::fail);
    }

    private void linkForm(RoutingContext ctx) {
        withContractor(ctx, (partnerId, found, contractor, index) -> pages.render(ctx, CONTRACTOR,
                panel(found, contractor, index, "form", "", null, null)));
    }

    private void link(RoutingContext ctx) {
        LinkClientForm form = LinkClientForm.from(ctx.request().formAttributes());
        withContractor(ctx, (partnerId, found, contractor, index) -> hubIdOf(ctx, partnerId, form)
                .compose(resolution -> {
                    if (resolution.error() != null) {
                        return refuse(ctx, found, contractor, index, form, resolution.error());
                    }
                    return link(ctx, partnerId, found, contractor, index, form, HubId.of(resolution.hubId()));
                }));
    }

    /** The Hub ID the form names; a bare name is one of the partner's clients, and only one. */
    private Future<LinkClientForm.Resolution> hubIdOf(RoutingContext ctx, PartnerId partnerId, LinkClientForm form) {
        LinkClientForm.Resolution resolution = form.resolve();
        if (resolution.name() == null) {
            return Future.succeededFuture(resolution);
        }
        return UseCaseCall.call(ctx, () -> services.listOwnClients()
                        .listOwnClients(ListOwnClientsQuery.named(partnerId, resolution.name())))
                .map(named -> switch (named.size()) {
                    case 1 -> new LinkClientForm.Resolution(named.get(0).hubId().value(), null, null);
                    case 0 -> new LinkClientForm.Resolution(null, UiMessages.noClientCalled(form.client()), null);
                    default -> new LinkClientForm.Resolution(null, UiMessages.severalClientsCalled(form.client()),
                            null);
                });
    }

    private Future<Void> link(RoutingContext ctx, PartnerId partnerId, AccessDirectory.Directory found,
                              PartnerUserAssignments contractor, int index, LinkClientForm form, HubId hubId) {
        Email email = contractor.user().email();
        return UseCaseCall.call(ctx, () -> services.linkClient()
                        .linkClient(new LinkClientCommand(partnerId, email, hubId, SignedInAdmin.of(ctx).actor())))
                .compose(newly -> {
                    if (!Htmx.isHtmx(ctx)) {
                        return Redirects.seeOther(ctx, Paths.CONTRACTORS);
                    }
                    return directory.load(ctx, partnerId).compose(after -> {
                        PartnerUserAssignments updated = after.user(email.value()).orElse(contractor);
                        String clientName = after.client(hubId.value()).map(AccessDirectory.ClientListing::label)
                                .orElse(UiMessages.clientAccount(hubId.toString()));
                        return pages.render(ctx, CONTRACTOR, panel(after, updated, index, "done", "", null,
                                UiMessages.linked(contractor.user().name(), clientName, newly)));
                    });
                })
                .recover(failure -> {
                    if (failure instanceof DomainException refusal) {
                        return refuse(ctx, found, contractor, index, form, message(refusal, hubId, contractor));
                    }
                    return Future.failedFuture(failure);
                });
    }

    private static String message(DomainException refusal, HubId hubId, PartnerUserAssignments contractor) {
        if (LinkClientService.CONTRACTOR_NOT_A_CLIENT_USER.equals(refusal.code())) {
            return UiMessages.notAClientUser(contractor.user().name(), contractor.user().email().toString(),
                    hubId.toString());
        }
        return refusal.getMessage();
    }

    private Future<Void> refuse(RoutingContext ctx, AccessDirectory.Directory found, PartnerUserAssignments contractor,
                                int index, LinkClientForm form, String error) {
        if (!Htmx.isHtmx(ctx)) {
            return Future.failedFuture(DomainException.refused("LINK_CLIENTS_REFUSED", error));
        }
        return pages.render(ctx, 422, CONTRACTOR, panel(found, contractor, index, "form", form.client(), error, null));
    }

    private static ContractorPanelView panel(AccessDirectory.Directory found, PartnerUserAssignments contractor,
                                             int index, String panel, String value, String error, String message) {
        ContractorView view = ContractorView.of(contractor, found, index);
        List<String> options = found.clients().stream()
                .filter(c -> contractor.assignedHubIds().stream().noneMatch(h -> h.value() == c.hubId()))
                .map(AccessDirectory.ClientListing::label)
                .toList();
        return new ContractorPanelView(view, panel, value, error, message, options, view.tbodyId() + "-client");
    }

    private interface ContractorAction {
        Future<Void> run(PartnerId partnerId, AccessDirectory.Directory found, PartnerUserAssignments contractor,
                         int index);
    }

    /** Runs the action for one of the partner's present contractors; anyone else is not found. */
    private void withContractor(RoutingContext ctx, ContractorAction action) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        Optional<Email> email = PathParams.email(ctx);
        if (email.isEmpty()) {
            ctx.fail(404);
            return;
        }
        directory.load(ctx, partnerId)
                .compose(found -> {
                    List<PartnerUserAssignments> contractors = found.contractors();
                    for (int i = 0; i < contractors.size(); i++) {
                        if (contractors.get(i).user().email().equals(email.get())) {
                            return action.run(partnerId, found, contractors.get(i), i);
                        }
                    }
                    return Future.failedFuture(DomainException.notFound("PARTNER_USER_NOT_FOUND",
                            UiMessages.notOneOfYourContractors(email.get().toString())));
                })
                .onFailure(ctx::fail);
    }
}
