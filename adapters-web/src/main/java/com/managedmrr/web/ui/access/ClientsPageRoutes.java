package com.managedmrr.web.ui.access;

import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.application.access.AddEmployeesCommand;
import com.managedmrr.application.access.AddEmployeesResult;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.store.PartnerUserAssignments;
import com.managedmrr.web.ui.Htmx;
import com.managedmrr.web.ui.PageRenderer;
import com.managedmrr.web.ui.Pagination;
import com.managedmrr.web.ui.PathParams;
import com.managedmrr.web.ui.Paths;
import com.managedmrr.web.ui.Redirects;
import com.managedmrr.web.ui.SignedInAdmin;
import com.managedmrr.web.ui.Texts;
import com.managedmrr.web.usecase.UseCaseCall;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Client Access Manager's Clients tab: every client of the partner with its assigned staff, searchable, 50 a
 * page; a row's Add employees. Every Hub ID in a URL is checked against the signed-in admin's partner.
 */
public final class ClientsPageRoutes {

    static final String PAGE = "templates/clients/page.html";
    static final String ROWS = "templates/clients/_rows.html";
    static final String CLIENT = "templates/clients/_client.html";
    static final int MAX_SEARCH = 200;

    private final PageRenderer pages;
    private final ManagedMrrServices services;
    private final AccessDirectory directory;

    public ClientsPageRoutes(PageRenderer pages, ManagedMrrServices services, AccessDirectory directory) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.services = Objects.requireNonNull(services, "services");
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public void mount(Router ui) {
        ui.get("/clients").handler(this::list);
        ui.get("/clients/:hubId/add-employees").handler(this::addEmployeesForm);
        ui.post("/clients/:hubId/employees").handler(this::addEmployees);
    }

    private void list(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        String sentQ = Optional.ofNullable(ctx.queryParams().get("q")).map(String::strip).orElse("");
        Texts texts = Texts.of(ctx);
        Map<String, String> errors = new HashMap<>();
        if (sentQ.length() > MAX_SEARCH) {
            errors.put("q", texts.count("access.error.searchTooLong", MAX_SEARCH));
        }
        String q = errors.isEmpty() ? sentQ : "";
        int page = Pagination.parsePage(ctx.queryParams().get("page"));
        boolean partial = Htmx.wantsPartial(ctx);
        directory.load(ctx, partnerId)
                .compose(found -> {
                    Pagination.Paged<AccessDirectory.ClientListing> paged = Pagination.of(found.search(q), page,
                            p -> Paths.withQuery(Paths.CLIENTS, Paths.params("q", q, "page", p > 1 ? "" + p : "")));
                    ClientsPageView view = new ClientsPageView(
                            paged.rows().stream().map(c -> ClientRowView.of(c, found)).toList(), paged.pagination(),
                            paged.pagination().showingClients(texts), sentQ, errors, found.clients().size(),
                            partial, "access", "clients");
                    int status = errors.isEmpty() ? 200 : 422;
                    if (partial) {
                        Htmx.pushUrl(ctx, Paths.withQuery(Paths.CLIENTS,
                                Paths.params("q", q, "page", page > 1 ? "" + page : "")), errors.isEmpty());
                        return pages.render(ctx, status, ROWS, view);
                    }
                    return pages.render(ctx, status, PAGE, view);
                })
                .onFailure(ctx::fail);
    }

    private void addEmployeesForm(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        Optional<HubId> hubId = PathParams.hubId(ctx);
        if (hubId.isEmpty()) {
            ctx.fail(404);
            return;
        }
        directory.load(ctx, partnerId)
                .compose(found -> {
                    AccessDirectory.ClientListing client = found.listed(hubId.get());
                    return pages.render(ctx, CLIENT, panel(client, found, "form",
                            choices(found, client.hubId(), Set.of(), Map.of()), null, null));
                })
                .onFailure(ctx::fail);
    }

    private void addEmployees(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        Optional<HubId> hubId = PathParams.hubId(ctx);
        if (hubId.isEmpty()) {
            ctx.fail(404);
            return;
        }
        AddEmployeesForm form = AddEmployeesForm.from(ctx.request().formAttributes());
        directory.load(ctx, partnerId)
                .compose(found -> {
                    AccessDirectory.ClientListing client = found.listed(hubId.get());
                    Map<String, String> errors = form.errors(found.texts());
                    if (!errors.isEmpty()) {
                        return refuseAddEmployees(ctx, client, found, form, errors.get("email"), Map.of());
                    }
                    return UseCaseCall.call(ctx, () -> services.addEmployees()
                                    .addEmployees(new AddEmployeesCommand(partnerId, hubId.get(), form.parsed(),
                                            SignedInAdmin.of(ctx).actor())))
                            .compose(result -> directory.load(ctx, partnerId)
                                    .compose(after -> added(ctx, after.listed(hubId.get()), after, result)))
                            .recover(failure -> failure instanceof DomainException refusal
                                    && refusal.kind() != DomainException.Kind.NOT_FOUND
                                    ? refuseAddEmployees(ctx, client, found, form,
                                    form.refusalMessage(found.texts(), found, refusal),
                                    form.fieldErrors(found.texts(), found, refusal))
                                    : Future.failedFuture(failure));
                })
                .onFailure(ctx::fail);
    }

    private Future<Void> added(RoutingContext ctx, AccessDirectory.ClientListing client,
                               AccessDirectory.Directory found, AddEmployeesResult result) {
        if (!Htmx.isHtmx(ctx)) {
            return Redirects.seeOther(ctx, Paths.CLIENTS);
        }
        String message = added(found.texts(), names(found, result.assigned()), names(found, result.seatsAdded()),
                client.name());
        return pages.render(ctx, CLIENT, panel(client, found, "done", List.of(), null, message));
    }

    /** What Add employees did: who is newly assigned, and who was added as an active user in the client account. */
    static String added(Texts texts, List<String> assigned, List<String> seatsAdded, String clientName) {
        String message = assigned.isEmpty()
                ? texts.get("access.done.alreadyAssigned", clientName)
                : texts.count("access.done.assigned", assigned.size(), String.join(", ", assigned), clientName);
        if (!seatsAdded.isEmpty()) {
            message += " " + texts.count("access.done.seatsAdded", seatsAdded.size(), String.join(", ", seatsAdded));
        }
        return message;
    }

    private static List<String> names(AccessDirectory.Directory found, List<Email> emails) {
        return emails.stream().map(e -> found.personName(e.value())).toList();
    }

    private Future<Void> refuseAddEmployees(RoutingContext ctx, AccessDirectory.ClientListing client,
                                            AccessDirectory.Directory found, AddEmployeesForm form, String message,
                                            Map<String, String> perEmail) {
        if (!Htmx.isHtmx(ctx)) {
            return Future.failedFuture(DomainException.refused("ADD_EMPLOYEES_REFUSED", message));
        }
        return pages.render(ctx, 422, CLIENT, panel(client, found, "form",
                choices(found, client.hubId(), Set.copyOf(form.emails()), perEmail), message, null));
    }

    private static ClientPanelView panel(AccessDirectory.ClientListing client, AccessDirectory.Directory found,
                                         String panel, List<EmployeeChoiceView> choices, String formError,
                                         String message) {
        return new ClientPanelView(ClientRowView.of(client, found), panel, choices, formError, message);
    }

    /** The partner's employees not yet assigned to the client, to pick from. */
    static List<EmployeeChoiceView> choices(AccessDirectory.Directory found, long hubId, Set<String> checked,
                                                    Map<String, String> errors) {
        List<EmployeeChoiceView> choices = new ArrayList<>();
        int index = 0;
        for (PartnerUserAssignments employee : found.employees()) {
            if (employee.assignedHubIds().contains(HubId.of(hubId))) {
                continue;
            }
            String email = employee.user().email().value();
            choices.add(new EmployeeChoiceView(email, employee.user().name(), checked.contains(email),
                    "add-" + hubId + "-" + index++, errors.get(email)));
        }
        return choices;
    }
}
