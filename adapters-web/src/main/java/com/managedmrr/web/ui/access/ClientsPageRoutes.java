package com.managedmrr.web.ui.access;

import com.managedmrr.application.access.AddEmployeesCommand;
import com.managedmrr.application.access.AddEmployeesResult;
import com.managedmrr.application.access.ReactivateUserCommand;
import com.managedmrr.application.access.RemovalReviewQuery;
import com.managedmrr.application.access.RemoveStaffCommand;
import com.managedmrr.domain.credit.Explanation;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.store.PartnerUserAssignments;
import com.managedmrr.web.ui.Async;
import com.managedmrr.web.ui.Formats;
import com.managedmrr.web.ui.Htmx;
import com.managedmrr.web.ui.PageRenderer;
import com.managedmrr.web.ui.Pagination;
import com.managedmrr.web.ui.PathParams;
import com.managedmrr.web.ui.Paths;
import com.managedmrr.web.ui.SignedInAdmin;
import com.managedmrr.web.ui.UiUseCases;
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
import java.util.stream.Collectors;

/**
 * The Client Access Manager's Clients tab (every client with its assigned staff, searchable, 50 a page; a row's Add
 * employees) and a client's page (the partner's users in it; Reactivate user on client; the Remove employee from
 * client wizard). Every Hub ID and e-mail in a URL is checked against the signed-in admin's partner.
 */
public final class ClientsPageRoutes {

    static final String PAGE = "templates/clients/page.html";
    static final String ROWS = "templates/clients/_rows.html";
    static final String CLIENT = "templates/clients/_client.html";
    static final String CLIENT_PAGE = "templates/clients/client.html";
    static final String STAFF = "templates/clients/_staff.html";
    static final String STEP_ONE = "templates/clients/_removal-step1.html";
    static final String STEP_TWO = "templates/clients/_removal-step2.html";
    static final int MAX_SEARCH = 200;

    private final PageRenderer pages;
    private final UiUseCases useCases;
    private final AccessDirectory directory;

    public ClientsPageRoutes(PageRenderer pages, UiUseCases useCases, AccessDirectory directory) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public void mount(Router ui) {
        ui.get("/clients").handler(this::list);
        ui.get("/clients/:hubId").handler(this::clientPage);
        ui.get("/clients/:hubId/add-employees").handler(this::addEmployeesForm);
        ui.post("/clients/:hubId/employees").handler(this::addEmployees);
        ui.post("/clients/:hubId/staff/:email/reactivation").handler(this::reactivate);
        ui.get("/clients/:hubId/staff/:email/removal").handler(ctx -> removalStep(ctx, STEP_ONE));
        ui.get("/clients/:hubId/staff/:email/removal/review").handler(ctx -> removalStep(ctx, STEP_TWO));
        ui.post("/clients/:hubId/staff/:email/removal").handler(this::remove);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Clients tab

    private void list(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        String sentQ = Optional.ofNullable(ctx.queryParams().get("q")).map(String::strip).orElse("");
        Map<String, String> errors = new HashMap<>();
        if (sentQ.length() > MAX_SEARCH) {
            errors.put("q", "Search for at most " + MAX_SEARCH + " characters.");
        }
        String q = errors.isEmpty() ? sentQ : "";
        int page = Pagination.parsePage(ctx.queryParams().get("page"));
        boolean partial = Htmx.wantsPartial(ctx);
        directory.load(ctx, partnerId)
                .compose(found -> {
                    Pagination.Paged<AccessDirectory.ClientListing> paged = Pagination.of(found.search(q), page,
                            p -> Paths.withQuery(Paths.CLIENTS, Paths.params("q", q, "page", p > 1 ? "" + p : "")));
                    Map<String, Object> model = new HashMap<>();
                    model.put("rows", paged.rows().stream().map(c -> ClientRowView.of(c, found)).toList());
                    model.put("pagination", paged.pagination());
                    model.put("q", sentQ);
                    model.put("errors", errors);
                    model.put("totalClients", found.clients().size());
                    model.put("oob", partial);
                    int status = errors.isEmpty() ? 200 : 422;
                    if (partial) {
                        Htmx.pushUrl(ctx, Paths.withQuery(Paths.CLIENTS,
                                Paths.params("q", q, "page", page > 1 ? "" + page : "")), errors.isEmpty());
                        return pages.render(ctx, status, ROWS, model);
                    }
                    model.put("nav", "access");
                    model.put("tab", "clients");
                    return pages.render(ctx, status, PAGE, model);
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
                    AccessDirectory.ClientListing client = listed(found, hubId.get());
                    return pages.render(ctx, CLIENT, clientModel(client, found, "form",
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
                    AccessDirectory.ClientListing client = listed(found, hubId.get());
                    Map<String, String> errors = form.errors();
                    if (!errors.isEmpty()) {
                        return refuseAddEmployees(ctx, client, found, form, errors.get("email"), Map.of());
                    }
                    return Async.call(ctx, () -> useCases.addEmployees()
                                    .addEmployees(new AddEmployeesCommand(partnerId, hubId.get(), form.parsed(),
                                            SignedInAdmin.of(ctx).actor())))
                            .compose(result -> directory.load(ctx, partnerId)
                                    .compose(after -> added(ctx, listed(after, hubId.get()), after, result)))
                            .recover(failure -> failure instanceof DomainException refusal
                                    && refusal.kind() != DomainException.Kind.NOT_FOUND
                                    ? refuseAddEmployees(ctx, client, found, form, refusalMessage(refusal),
                                    fieldErrors(refusal, form))
                                    : Future.failedFuture(failure));
                })
                .onFailure(ctx::fail);
    }

    private Future<Void> added(RoutingContext ctx, AccessDirectory.ClientListing client,
                               AccessDirectory.Directory found, AddEmployeesResult result) {
        if (!Htmx.isHtmx(ctx)) {
            return seeOther(ctx, Paths.CLIENTS);
        }
        String names = result.assigned().isEmpty() ? "Nobody new"
                : result.assigned().stream().map(e -> nameOf(found, e)).collect(Collectors.joining(", "));
        String message = names + (result.assigned().size() == 1 ? " is" : " are") + " now assigned to "
                + client.name() + ".";
        if (result.assigned().isEmpty()) {
            message = "Everyone picked was already assigned to " + client.name() + ".";
        }
        if (!result.seatsAdded().isEmpty()) {
            message += " Added as active users in the client account: " + result.seatsAdded().stream()
                    .map(e -> nameOf(found, e)).collect(Collectors.joining(", ")) + ".";
        }
        return pages.render(ctx, CLIENT, clientModel(client, found, "done", List.of(), null, message));
    }

    private Future<Void> refuseAddEmployees(RoutingContext ctx, AccessDirectory.ClientListing client,
                                            AccessDirectory.Directory found, AddEmployeesForm form, String message,
                                            Map<String, String> perEmail) {
        if (!Htmx.isHtmx(ctx)) {
            return Future.failedFuture(DomainException.refused("ADD_EMPLOYEES_REFUSED", message));
        }
        return pages.render(ctx, 422, CLIENT, clientModel(client, found, "form",
                choices(found, client.hubId(), Set.copyOf(form.emails()), perEmail), message, null));
    }

    /** The refusal, and each e-mail it names with its reason. */
    private static String refusalMessage(DomainException refusal) {
        String details = refusal.fieldErrors().stream().map(DomainException.FieldError::message)
                .collect(Collectors.joining("; "));
        return details.isEmpty() ? refusal.getMessage() : refusal.getMessage() + " " + details + ".";
    }

    private static Map<String, String> fieldErrors(DomainException refusal, AddEmployeesForm form) {
        Map<String, String> perEmail = new HashMap<>();
        for (DomainException.FieldError error : refusal.fieldErrors()) {
            String field = error.field();
            if (field.startsWith("emails[") && field.endsWith("]")) {
                try {
                    int index = Integer.parseInt(field.substring(7, field.length() - 1));
                    if (index >= 0 && index < form.emails().size()) {
                        perEmail.put(Email.of(form.emails().get(index)).value(), error.message());
                    }
                } catch (RuntimeException ignored) {
                    // a field the form does not know: the message above the list says it all
                }
            }
        }
        return perEmail;
    }

    private static Map<String, Object> clientModel(AccessDirectory.ClientListing client,
                                                   AccessDirectory.Directory found, String panel,
                                                   List<EmployeeChoiceView> choices, String formError,
                                                   String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("client", ClientRowView.of(client, found));
        model.put("panel", panel);
        model.put("choices", choices);
        model.put("formError", formError);
        model.put("message", message);
        return model;
    }

    /** The partner's employees not yet assigned to the client, to pick from. */
    private static List<EmployeeChoiceView> choices(AccessDirectory.Directory found, long hubId, Set<String> checked,
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

    private static AccessDirectory.ClientListing listed(AccessDirectory.Directory found, HubId hubId) {
        return found.client(hubId.value()).orElseThrow(() -> AccessDirectory.notFound(hubId));
    }

    private static String nameOf(AccessDirectory.Directory found, Email email) {
        return found.user(email.value()).map(u -> u.user().name()).orElse(email.value());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // a client's page

    private void clientPage(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        Optional<HubId> hubId = PathParams.hubId(ctx);
        if (hubId.isEmpty()) {
            ctx.fail(404);
            return;
        }
        staffModel(ctx, partnerId, hubId.get(), null)
                .compose(model -> {
                    model.put("nav", "access");
                    model.put("tab", "clients");
                    return pages.render(ctx, CLIENT_PAGE, model);
                })
                .onFailure(ctx::fail);
    }

    private void reactivate(RoutingContext ctx) {
        withStaffMember(ctx, (partnerId, hubId, email) -> Async.call(ctx, () -> useCases.reactivateUser()
                        .reactivateUser(new ReactivateUserCommand(partnerId, hubId, email,
                                SignedInAdmin.of(ctx).actor())))
                .compose(status -> afterChange(ctx, partnerId, hubId,
                        email + " is an active user in the client account again."))
                .recover(failure -> failure instanceof DomainException refusal
                        && refusal.kind() == DomainException.Kind.REFUSED && Htmx.isHtmx(ctx)
                        ? refuseChange(ctx, partnerId, hubId, refusal.getMessage())
                        : Future.failedFuture(failure)));
    }

    /**
     * A refused change on a client's page (the seat changed since the page was shown): the staff section as it is now,
     * with the reason above it, as a 422.
     */
    private Future<Void> refuseChange(RoutingContext ctx, PartnerId partnerId, HubId hubId, String reason) {
        return staffModelUnchecked(ctx, partnerId, hubId, null).compose(model -> {
            model.put("error", reason);
            model.put("oob", true);
            return pages.render(ctx, 422, STAFF, model);
        });
    }

    private void removalStep(RoutingContext ctx, String template) {
        withStaffMember(ctx, (partnerId, hubId, email) -> {
            Future<AccessDirectory.OwnedClient> owned = directory.ownedClient(ctx, partnerId, hubId);
            return owned.compose(client -> Future.all(
                            Async.call(ctx, () -> useCases.reviewRemoval()
                                    .reviewRemoval(new RemovalReviewQuery(partnerId, hubId, email))),
                            directory.load(ctx, partnerId))
                    .compose(done -> {
                        com.managedmrr.domain.access.RemovalReview review = done.resultAt(0);
                        AccessDirectory.Directory found = done.resultAt(1);
                        String name = found.user(email.value()).map(u -> u.user().name()).orElse(email.value());
                        List<LinkedClientView> lost = review.lostAccessHubIds().stream()
                                .map(hub -> hub.equals(hubId) ? client.listing() : found.clientOrBare(hub.value()))
                                .map(LinkedClientView::of)
                                .toList();
                        RemovalView view = new RemovalView(hubId.value(), client.listing().name(), email.value(), name,
                                lost, review.affectedAssetIds(), review.endsManagedRelationship(),
                                Paths.removal(hubId.value(), email.value()),
                                Paths.removalReview(hubId.value(), email.value()),
                                Paths.removal(hubId.value(), email.value()));
                        return pages.render(ctx, template, Map.of("removal", view));
                    }));
        });
    }

    private void remove(RoutingContext ctx) {
        withStaffMember(ctx, (partnerId, hubId, email) -> Async.call(ctx, () -> useCases.removeStaff()
                        .removeStaff(new RemoveStaffCommand(partnerId, hubId, email,
                                SignedInAdmin.of(ctx).actor())))
                .compose(ended -> afterChange(ctx, partnerId, hubId, email + " was removed from the client account"
                        + " and unassigned." + (ended ? " Your managed relationship with this client ended now." : ""))));
    }

    /** After a change on a client's page: the staff section again (htmx), or 303 to the page. */
    private Future<Void> afterChange(RoutingContext ctx, PartnerId partnerId, HubId hubId, String message) {
        if (!Htmx.isHtmx(ctx)) {
            return seeOther(ctx, Paths.client(hubId.value()));
        }
        return staffModelUnchecked(ctx, partnerId, hubId, message).compose(model -> {
            // the page's "Managed credit now" is outside the staff section: it is swapped out of band
            model.put("oob", true);
            return pages.render(ctx, STAFF, model);
        });
    }

    private interface StaffAction {
        Future<Void> run(PartnerId partnerId, HubId hubId, Email email);
    }

    /** Runs the action for a client of the partner and one of its present users; anything else is not found. */
    private void withStaffMember(RoutingContext ctx, StaffAction action) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        Optional<HubId> hubId = PathParams.hubId(ctx);
        Optional<Email> email = PathParams.email(ctx);
        if (hubId.isEmpty() || email.isEmpty()) {
            ctx.fail(404);
            return;
        }
        directory.ownedClient(ctx, partnerId, hubId.get())
                .compose(owned -> action.run(partnerId, hubId.get(), email.get()))
                .onFailure(ctx::fail);
    }

    private Future<Map<String, Object>> staffModel(RoutingContext ctx, PartnerId partnerId, HubId hubId,
                                                   String message) {
        return directory.ownedClient(ctx, partnerId, hubId)
                .compose(owned -> Async.call(ctx, () -> useCases.listPartnerUsers().listPartnerUsers(partnerId))
                        .map(users -> staffModel(owned.account(), owned.explanation(), users, message)));
    }

    /** The staff section after an action the partner was allowed to take (it may no longer have users there). */
    private Future<Map<String, Object>> staffModelUnchecked(RoutingContext ctx, PartnerId partnerId, HubId hubId,
                                                            String message) {
        var client = Async.call(ctx, () -> useCases.viewClient().viewClient(hubId));
        var explanation = Async.call(ctx, () -> useCases.explainClient().explainClient(
                new com.managedmrr.application.credit.ExplanationQuery(partnerId, hubId, Optional.empty())));
        var users = Async.call(ctx, () -> useCases.listPartnerUsers().listPartnerUsers(partnerId));
        return Future.all(client, explanation, users)
                .map(done -> staffModel(client.result(), explanation.result(), users.result(), message));
    }

    private static Map<String, Object> staffModel(com.managedmrr.domain.model.ClientAccount account,
                                                  Explanation explanation, List<PartnerUserAssignments> users,
                                                  String message) {
        long hubId = account.hubId().value();
        Map<String, PartnerUserAssignments> byEmail = users.stream()
                .collect(Collectors.toMap(u -> u.user().email().value(), u -> u, (a, b) -> a));
        List<ClientUserView> rows = explanation.users().stream()
                .filter(Explanation.User::partnerUser)
                .filter(user -> user.assigned() || user.clientUser().isPresent())
                .map(user -> {
                    String email = user.email().value();
                    PartnerUserAssignments known = byEmail.get(email);
                    String name = known == null ? email : known.user().name();
                    String kind = known == null ? "" : known.user().isEmployee() ? "Employee" : "Contractor";
                    SeatStatus seat = user.clientUser().orElse(null);
                    String seatLabel = seat == null ? "Not a user" : seat == SeatStatus.ACTIVE ? "Active" : "Deactivated";
                    String seatClass = seat == null ? "absent" : seat == SeatStatus.ACTIVE ? "active" : "deactivated";
                    return new ClientUserView(email, name, kind, seatLabel, seatClass, user.assigned(),
                            seat == SeatStatus.DEACTIVATED, seat != null || user.assigned(),
                            Paths.reactivation(hubId, email), Paths.removal(hubId, email));
                })
                .toList();
        ClientPageView view = new ClientPageView(hubId, account.name(), account.currency().code(),
                Formats.amount(account.mrr()), account.growthMarket(), explanation.servicing(), rows,
                Paths.client(hubId));
        Map<String, Object> model = new HashMap<>();
        model.put("client", view);
        model.put("message", message);
        return model;
    }

    static Future<Void> seeOther(RoutingContext ctx, String location) {
        return ctx.response().setStatusCode(303).putHeader("Location", location).end();
    }
}
