package com.managedmrr.web.ui.access;

import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.application.access.LinkClientCommand;
import com.managedmrr.application.access.LinkClientService;
import com.managedmrr.application.access.LinkableClientsQuery;
import com.managedmrr.application.partner.ListOwnClientsQuery;
import com.managedmrr.domain.model.ClientAccount;
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
import com.managedmrr.web.ui.Texts;
import com.managedmrr.web.usecase.UseCaseCall;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The Contractors tab: each contractor with the clients they are linked to, and Link clients: the client accounts
 * where the contractor has a seat (the only ones docs/rules.md §3.2 allows) to pick from, or a name or Hub ID typed.
 * Every message names the client; a refusal is shown next to the field.
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
        withContractor(ctx, (partnerId, found, contractor, index) -> eligible(ctx, partnerId, contractor)
                .compose(eligible -> pages.render(ctx, CONTRACTOR,
                        panel(found, contractor, index, eligible, "form", "", null, null))));
    }

    /** The client accounts where the contractor has a seat: the only ones Link clients allows. */
    private Future<List<ClientAccount>> eligible(RoutingContext ctx, PartnerId partnerId,
                                                 PartnerUserAssignments contractor) {
        return UseCaseCall.call(ctx, () -> services.listLinkableClients()
                .listLinkableClients(LinkableClientsQuery.all(partnerId, contractor.user().email())));
    }

    private void link(RoutingContext ctx) {
        LinkClientForm form = LinkClientForm.from(ctx.request().formAttributes());
        withContractor(ctx, (partnerId, found, contractor, index) -> hubIdOf(ctx, partnerId, found, contractor, form)
                .compose(resolution -> {
                    if (resolution.error() != null) {
                        return refuse(ctx, partnerId, found, contractor, index, form, resolution.error());
                    }
                    return link(ctx, partnerId, found, contractor, index, form, HubId.of(resolution.hubId()));
                }));
    }

    /**
     * The Hub ID the form names. A bare name is looked for among the client accounts where the contractor has a seat
     * (ignoring case, whole or part of the name), then among the partner's own clients (the whole name, ignoring case),
     * so that linking to one of those is refused with its name.
     */
    private Future<LinkClientForm.Resolution> hubIdOf(RoutingContext ctx, PartnerId partnerId,
                                                      AccessDirectory.Directory found,
                                                      PartnerUserAssignments contractor, LinkClientForm form) {
        LinkClientForm.Resolution resolution = form.resolve(found.texts());
        if (resolution.name() == null) {
            return Future.succeededFuture(resolution);
        }
        String contractorName = found.personName(contractor.user().email().value());
        return UseCaseCall.call(ctx, () -> services.listLinkableClients().listLinkableClients(
                        LinkableClientsQuery.named(partnerId, contractor.user().email(), resolution.name())))
                .compose(seated -> switch (seated.size()) {
                    case 0 -> ownClientCalled(ctx, partnerId, found.texts(), contractorName, form);
                    case 1 -> Future.succeededFuture(new LinkClientForm.Resolution(seated.get(0).hubId().value(),
                            null, null));
                    default -> Future.succeededFuture(new LinkClientForm.Resolution(null,
                            found.texts().get("access.error.severalClientsWithSeat", contractorName, form.client(),
                                    String.join(", ", seated.stream()
                                            .map(c -> EligibleClientView.of(c, false).label()).toList())),
                            null));
                });
    }

    private Future<LinkClientForm.Resolution> ownClientCalled(RoutingContext ctx, PartnerId partnerId, Texts texts,
                                                              String contractorName, LinkClientForm form) {
        return UseCaseCall.call(ctx, () -> services.listOwnClients()
                        .listOwnClients(ListOwnClientsQuery.named(partnerId, form.client())))
                .map(named -> switch (named.size()) {
                    case 1 -> new LinkClientForm.Resolution(named.get(0).hubId().value(), null, null);
                    case 0 -> new LinkClientForm.Resolution(null,
                            texts.get("access.error.noClientWithSeat", contractorName, form.client()), null);
                    default -> new LinkClientForm.Resolution(null,
                            texts.get("access.error.severalClientsCalled", form.client()), null);
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
                        return eligible(ctx, partnerId, updated).compose(eligible -> pages.render(ctx, CONTRACTOR,
                                panel(after, updated, index, eligible, "done", "", null,
                                        linked(after, email, clientLabel(after, eligible, hubId), newly))));
                    });
                })
                .recover(failure -> {
                    if (failure instanceof DomainException refusal) {
                        return eligible(ctx, partnerId, contractor).compose(eligible -> refuseWith(ctx, found,
                                contractor, index, eligible, form, message(found.texts(), refusal,
                                        clientLabel(found, eligible, hubId), contractor)));
                    }
                    return Future.failedFuture(failure);
                });
    }

    /** What Link clients did, or that there was nothing to do. */
    private static String linked(AccessDirectory.Directory found, Email email, String clientLabel, boolean newly) {
        String contractor = found.personName(email.value());
        return newly ? found.texts().get("access.done.linked", contractor, clientLabel)
                : found.texts().get("access.done.alreadyLinked", contractor, clientLabel);
    }

    /**
     * The client as the messages name it: "Name (Hub ID)" when it is one of the partner's clients or an account where
     * the contractor has a seat; otherwise only its Hub ID, so that another partner's client cannot be told from one
     * that does not exist.
     */
    private static String clientLabel(AccessDirectory.Directory found, List<ClientAccount> eligible, HubId hubId) {
        return found.client(hubId.value()).map(AccessDirectory.ClientListing::label)
                .or(() -> eligible.stream().filter(c -> c.hubId().equals(hubId)).findFirst()
                        .map(c -> EligibleClientView.of(c, false).label()))
                .orElse(found.texts().get("access.clientAccount", hubId.toString()));
    }

    private static String message(Texts texts, DomainException refusal, String clientLabel,
                                  PartnerUserAssignments contractor) {
        if (LinkClientService.CONTRACTOR_NOT_A_CLIENT_USER.equals(refusal.code())) {
            return texts.get("access.error.notAClientUser", contractor.user().name(),
                    contractor.user().email().toString(), clientLabel);
        }
        return texts.refusal(refusal);
    }

    private Future<Void> refuse(RoutingContext ctx, PartnerId partnerId, AccessDirectory.Directory found,
                                PartnerUserAssignments contractor, int index, LinkClientForm form, String error) {
        if (!Htmx.isHtmx(ctx)) {
            return Future.failedFuture(DomainException.refused("LINK_CLIENTS_REFUSED", error));
        }
        return eligible(ctx, partnerId, contractor)
                .compose(eligible -> refuseWith(ctx, found, contractor, index, eligible, form, error));
    }

    /** The panel again with the refusal next to the field (htmx), as a 422; without script, the error page. */
    private Future<Void> refuseWith(RoutingContext ctx, AccessDirectory.Directory found,
                                    PartnerUserAssignments contractor, int index, List<ClientAccount> eligible,
                                    LinkClientForm form, String error) {
        if (!Htmx.isHtmx(ctx)) {
            return Future.failedFuture(DomainException.refused("LINK_CLIENTS_REFUSED", error));
        }
        return pages.render(ctx, 422, CONTRACTOR,
                panel(found, contractor, index, eligible, "form", form.client(), error, null));
    }

    private static ContractorPanelView panel(AccessDirectory.Directory found, PartnerUserAssignments contractor,
                                             int index, List<ClientAccount> eligible, String panel, String value,
                                             String error, String message) {
        ContractorView view = ContractorView.of(contractor, found, index);
        List<EligibleClientView> choices = eligible.stream()
                .map(client -> EligibleClientView.of(client, contractor.assignedHubIds().contains(client.hubId())))
                .toList();
        List<String> options = choices.stream().filter(c -> !c.linked()).map(EligibleClientView::label).toList();
        return new ContractorPanelView(view, panel, choices, value, error, message, options,
                view.tbodyId() + "-client");
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
                            found.texts().get("access.error.notOneOfYourContractors", email.get().toString())));
                })
                .onFailure(ctx::fail);
    }
}
