package com.managedmrr.web.ui.access;

import com.managedmrr.application.access.LinkClientCommand;
import com.managedmrr.application.access.LinkClientService;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.store.PartnerUserAssignments;
import com.managedmrr.web.ui.Async;
import com.managedmrr.web.ui.Htmx;
import com.managedmrr.web.ui.PageRenderer;
import com.managedmrr.web.ui.PathParams;
import com.managedmrr.web.ui.Paths;
import com.managedmrr.web.ui.SignedInAdmin;
import com.managedmrr.web.ui.UiUseCases;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Contractors tab: each contractor with the clients they are linked to, and Link clients (pick one of the
 * partner's clients by name, or type any Hub ID). When the contractor is not a user in that client account the
 * refusal is shown next to the field.
 */
public final class ContractorsPageRoutes {

    static final String PAGE = "templates/contractors/page.html";
    static final String CONTRACTOR = "templates/contractors/_contractor.html";

    private final PageRenderer pages;
    private final UiUseCases useCases;
    private final AccessDirectory directory;

    public ContractorsPageRoutes(PageRenderer pages, UiUseCases useCases, AccessDirectory directory) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.useCases = Objects.requireNonNull(useCases, "useCases");
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
                    Map<String, Object> model = new HashMap<>();
                    model.put("contractors", java.util.stream.IntStream.range(0, contractors.size())
                            .mapToObj(i -> ContractorView.of(contractors.get(i), found, i)).toList());
                    model.put("nav", "access");
                    model.put("tab", "contractors");
                    return pages.render(ctx, PAGE, model);
                })
                .onFailure(ctx::fail);
    }

    private void linkForm(RoutingContext ctx) {
        withContractor(ctx, (partnerId, found, contractor, index) -> pages.render(ctx, CONTRACTOR,
                model(found, contractor, index, "form", "", null, null)));
    }

    private void link(RoutingContext ctx) {
        LinkClientForm form = LinkClientForm.from(ctx.request().formAttributes());
        withContractor(ctx, (partnerId, found, contractor, index) -> {
            LinkClientForm.Resolution resolution = form.resolve(found);
            if (resolution.error() != null) {
                return refuse(ctx, found, contractor, index, form, resolution.error());
            }
            HubId hubId = HubId.of(resolution.hubId());
            Email email = contractor.user().email();
            return Async.call(ctx, () -> useCases.linkClient()
                            .linkClient(new LinkClientCommand(partnerId, email, hubId, SignedInAdmin.of(ctx).actor())))
                    .compose(newly -> {
                        if (!Htmx.isHtmx(ctx)) {
                            return ClientsPageRoutes.seeOther(ctx, Paths.CONTRACTORS);
                        }
                        return directory.load(ctx, partnerId).compose(after -> {
                            PartnerUserAssignments updated = after.user(email.value()).orElse(contractor);
                            String clientName = after.client(hubId.value()).map(AccessDirectory.ClientListing::label)
                                    .orElse("client account " + hubId);
                            String message = newly
                                    ? contractor.user().name() + " is now linked to " + clientName + "."
                                    : contractor.user().name() + " was already linked to " + clientName + ".";
                            return pages.render(ctx, CONTRACTOR, model(after, updated, index, "done", "", null,
                                    message));
                        });
                    })
                    .recover(failure -> {
                        if (failure instanceof DomainException refusal) {
                            return refuse(ctx, found, contractor, index, form, message(refusal, hubId, contractor));
                        }
                        return Future.failedFuture(failure);
                    });
        });
    }

    private static String message(DomainException refusal, HubId hubId, PartnerUserAssignments contractor) {
        if (LinkClientService.CONTRACTOR_NOT_A_CLIENT_USER.equals(refusal.code())) {
            return contractor.user().name() + " (" + contractor.user().email() + ") is not a user in client account "
                    + hubId + ", so they cannot be linked to it. The client account must add them as a user first.";
        }
        return refusal.getMessage();
    }

    private Future<Void> refuse(RoutingContext ctx, AccessDirectory.Directory found, PartnerUserAssignments contractor,
                                int index, LinkClientForm form, String error) {
        if (!Htmx.isHtmx(ctx)) {
            return Future.failedFuture(DomainException.refused("LINK_CLIENTS_REFUSED", error));
        }
        return pages.render(ctx, 422, CONTRACTOR, model(found, contractor, index, "form", form.client(), error, null));
    }

    private static Map<String, Object> model(AccessDirectory.Directory found, PartnerUserAssignments contractor,
                                             int index, String panel, String value, String error, String message) {
        Map<String, Object> model = new HashMap<>();
        ContractorView view = ContractorView.of(contractor, found, index);
        model.put("contractor", view);
        model.put("panel", panel);
        model.put("value", value);
        model.put("error", error);
        model.put("message", message);
        model.put("options", found.clients().stream()
                .filter(c -> contractor.assignedHubIds().stream().noneMatch(h -> h.value() == c.hubId()))
                .map(AccessDirectory.ClientListing::label)
                .toList());
        model.put("inputId", view.tbodyId() + "-client");
        return model;
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
                            email.get() + " is not one of your contractors."));
                })
                .onFailure(ctx::fail);
    }
}
