package com.managedmrr.web.ui.access;

import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.application.access.AddEmployeesCommand;
import com.managedmrr.application.access.AddEmployeesResult;
import com.managedmrr.application.access.ReactivateUserCommand;
import com.managedmrr.application.access.RemovalReviewQuery;
import com.managedmrr.application.access.RemoveStaffCommand;
import com.managedmrr.application.access.UnassignCommand;
import com.managedmrr.application.credit.ClientStanding;
import com.managedmrr.application.credit.ExplanationQuery;
import com.managedmrr.application.partner.OwnClient;
import com.managedmrr.domain.access.AccessRefusals;
import com.managedmrr.domain.access.RemovalReview;
import com.managedmrr.domain.credit.Explanation;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.store.PartnerUserAssignments;
import com.managedmrr.web.ui.AsOfDate;
import com.managedmrr.web.ui.Htmx;
import com.managedmrr.web.ui.Language;
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

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A client's page: the partner's standing on the client at the page's date (today by default), the partner's users in
 * the client account, and what the admin can do there: Add employees, Unassign (after a confirmation), Reactivate user
 * on client, and the Remove employee from client wizard (its step and user in the page's URL). Every Hub ID and e-mail
 * in a URL is checked against the signed-in admin's partner. The page's date travels in the {@code asOf} query
 * parameter, also of the actions, so that the standing shown after a change is for the same date.
 */
public final class ClientPageRoutes {

    static final String PAGE = "templates/clients/client.html";
    static final String STAFF = "templates/clients/_staff.html";
    static final String STEP_ONE = "templates/clients/_removal-step1.html";
    static final String STEP_TWO = "templates/clients/_removal-step2.html";
    static final String UNASSIGN = "templates/clients/_unassign.html";
    static final String ADD_EMPLOYEES = "templates/clients/_add-employees.html";
    /** The page's query: whom the Remove wizard is open for, and at which step. */
    static final String REMOVE = "remove";
    static final String STEP = "step";

    private final PageRenderer pages;
    private final ManagedMrrServices services;
    private final AccessDirectory directory;
    private final InstantSource clock;

    public ClientPageRoutes(PageRenderer pages, ManagedMrrServices services, AccessDirectory directory,
                            InstantSource clock) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.services = Objects.requireNonNull(services, "services");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void mount(Router ui) {
        ui.get("/clients/:hubId").handler(this::page);
        ui.get("/clients/:hubId/staff/add").handler(this::addEmployeesForm);
        ui.post("/clients/:hubId/staff").handler(this::addEmployees);
        ui.post("/clients/:hubId/staff/:email/reactivation").handler(this::reactivate);
        ui.get("/clients/:hubId/staff/:email/unassign").handler(this::unassignConfirmation);
        ui.post("/clients/:hubId/staff/:email/unassign").handler(this::unassign);
        ui.get("/clients/:hubId/staff/:email/removal").handler(ctx -> removalStep(ctx, STEP_ONE, 1));
        ui.get("/clients/:hubId/staff/:email/removal/review").handler(ctx -> removalStep(ctx, STEP_TWO, 2));
        ui.post("/clients/:hubId/staff/:email/removal").handler(this::remove);
    }

    /**
     * The page; a date it cannot show is a 422 with the message next to the field and today's standing. With
     * {@code ?remove=<e-mail>} (and {@code &step=2}) the Remove wizard is open at that step for that user, their row
     * marked, so a reload keeps the wizard where it was. A user who cannot be removed there is ignored.
     */
    private void page(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        Optional<HubId> hubId = PathParams.hubId(ctx);
        if (hubId.isEmpty()) {
            ctx.fail(404);
            return;
        }
        Instant now = clock.instant();
        Texts texts = Texts.of(ctx);
        AsOfDate sent = AsOfDate.from(ctx.queryParams());
        String dateError = sent.error(now, texts).orElse(null);
        AsOfDate form = sent.valid(now);
        Optional<Email> removing = Optional.ofNullable(ctx.queryParams().get(REMOVE)).flatMap(ClientPageRoutes::email);
        int step = "2".equals(ctx.queryParams().get(STEP)) ? 2 : 1;
        directory.ownedClient(ctx, partnerId, hubId.get())
                .compose(owned -> Future.all(
                                UseCaseCall.call(ctx, () -> services.listPartnerUsers().listPartnerUsers(partnerId)),
                                standing(ctx, partnerId, hubId.get(), form, now))
                        .compose(done -> {
                            List<PartnerUserAssignments> users = done.resultAt(0);
                            StandingView standing = StandingView.of(hubId.get().value(), done.resultAt(1), sent, form,
                                    now, dateError, texts);
                            ClientPageView plain = clientView(texts, owned.account(), owned.explanation(), users,
                                    form.asOf(), null);
                            Optional<Email> open = removing.filter(e -> plain.users().stream()
                                    .anyMatch(u -> u.canRemove() && u.email().equals(e.value())));
                            if (open.isEmpty()) {
                                return Future.succeededFuture(new StaffSectionView(plain, standing, null, null, false,
                                        null, "access", "clients", null, 1));
                            }
                            ClientPageView client = clientView(texts, owned.account(), owned.explanation(), users,
                                    form.asOf(), open.get().value());
                            return removal(ctx, partnerId, hubId.get(), open.get(), owned)
                                    .map(removal -> new StaffSectionView(client, standing, null, null, false, null,
                                            "access", "clients", removal, step));
                        }))
                .compose(view -> pages.render(ctx, dateError == null ? 200 : 422, PAGE, view))
                .onFailure(ctx::fail);
    }

    private static Optional<Email> email(String raw) {
        try {
            return Optional.of(Email.of(raw));
        } catch (RuntimeException invalid) {
            return Optional.empty();
        }
    }

    private Future<ClientStanding> standing(RoutingContext ctx, PartnerId partnerId, HubId hubId,
                                            AsOfDate form, Instant now) {
        return UseCaseCall.call(ctx, () -> services.viewClientStanding().viewClientStanding(
                new ExplanationQuery(partnerId, hubId, Optional.of(form.at(now)))));
    }

    // Add employees ----------------------------------------------------------------------------------------------

    private void addEmployeesForm(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        Optional<HubId> hubId = PathParams.hubId(ctx);
        if (hubId.isEmpty()) {
            ctx.fail(404);
            return;
        }
        directory.ownedClient(ctx, partnerId, hubId.get())
                .compose(owned -> directory.load(ctx, partnerId)
                        .compose(found -> {
                            closeRemovalInUrl(ctx, hubId.get());
                            return pages.render(ctx, ADD_EMPLOYEES, new StaffSectionView.AddEmployeesStep(
                                    addEmployeesPanel(ctx, owned.account(), found, Set.of(), Map.of(), null)));
                        }))
                .onFailure(ctx::fail);
    }

    /**
     * Another form opened in the wizard region takes the Remove wizard's place: the address bar drops the wizard too,
     * so that a reload does not open it again.
     */
    private void closeRemovalInUrl(RoutingContext ctx, HubId hubId) {
        if (Htmx.isHtmx(ctx)) {
            Htmx.replaceUrl(ctx, withDate(ctx, Paths.client(hubId.value())));
        }
    }

    private StaffSectionView.AddEmployeesPanel addEmployeesPanel(RoutingContext ctx, ClientAccount client,
                                                                 AccessDirectory.Directory found, Set<String> checked,
                                                                 Map<String, String> perEmail, String formError) {
        long hubId = client.hubId().value();
        return new StaffSectionView.AddEmployeesPanel(client.name(),
                ClientsPageRoutes.choices(found, hubId, checked, perEmail), formError,
                withDate(ctx, Paths.staffList(hubId)));
    }

    private void addEmployees(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        Optional<HubId> hubId = PathParams.hubId(ctx);
        if (hubId.isEmpty()) {
            ctx.fail(404);
            return;
        }
        AddEmployeesForm form = AddEmployeesForm.from(ctx.request().formAttributes());
        Texts texts = Texts.of(ctx);
        directory.ownedClient(ctx, partnerId, hubId.get())
                .compose(owned -> {
                    Map<String, String> errors = form.errors(texts);
                    if (!errors.isEmpty()) {
                        return refuseAddEmployees(ctx, partnerId, owned.account(), form, errors.get("email"),
                                Map.of());
                    }
                    return UseCaseCall.call(ctx, () -> services.addEmployees()
                                    .addEmployees(new AddEmployeesCommand(partnerId, hubId.get(), form.parsed(),
                                            SignedInAdmin.of(ctx).actor())))
                            .compose(result -> directory.load(ctx, partnerId)
                                    .compose(after -> afterChange(ctx, partnerId, hubId.get(),
                                            added(after, result, label(owned.account())))))
                            .recover(failure -> failure instanceof DomainException refusal
                                    && refusal.kind() != DomainException.Kind.NOT_FOUND
                                    ? directory.load(ctx, partnerId).compose(found -> refuseAddEmployees(ctx, partnerId,
                                    owned.account(), form, form.refusalMessage(texts, found, refusal),
                                    form.fieldErrors(texts, found, refusal)))
                                    : Future.failedFuture(failure));
                })
                .onFailure(ctx::fail);
    }

    private static String added(AccessDirectory.Directory found, AddEmployeesResult result, String clientLabel) {
        return ClientsPageRoutes.added(found.texts(),
                result.assigned().stream().map(e -> found.personName(e.value())).toList(),
                result.seatsAdded().stream().map(e -> found.personName(e.value())).toList(), clientLabel);
    }

    /** The staff section again with the form in it, its refusal above the list (htmx); else the error page. */
    private Future<Void> refuseAddEmployees(RoutingContext ctx, PartnerId partnerId, ClientAccount client,
                                            AddEmployeesForm form, String message, Map<String, String> perEmail) {
        if (!Htmx.isHtmx(ctx)) {
            return Future.failedFuture(DomainException.refused("ADD_EMPLOYEES_REFUSED", message));
        }
        HubId hubId = client.hubId();
        return directory.load(ctx, partnerId).compose(found -> clientNow(ctx, partnerId, hubId)
                .compose(now -> pages.render(ctx, 422, STAFF, new StaffSectionView(now.client(), now.standing(),
                        null, null, true, addEmployeesPanel(ctx, client, found, Set.copyOf(form.emails()), perEmail,
                        message), "access", "clients", null, 1))));
    }

    // Unassign ---------------------------------------------------------------------------------------------------

    /** The confirmation, for one of the partner's present users only (anyone else is not found). */
    private void unassignConfirmation(RoutingContext ctx) {
        withStaffMember(ctx, (partnerId, hubId, email) -> directory.ownedClient(ctx, partnerId, hubId)
                .compose(owned -> directory.load(ctx, partnerId).compose(found -> {
                    if (found.user(email.value()).isEmpty()) {
                        return Future.failedFuture(DomainException.notFound("PARTNER_USER_NOT_FOUND",
                                found.texts().get("access.error.notOneOfYourUsers", email.value())));
                    }
                    closeRemovalInUrl(ctx, hubId);
                    return pages.render(ctx, UNASSIGN, new UnassignView(owned.account().name(), hubId.value(),
                            email.value(), found.personName(email.value()),
                            withDate(ctx, Paths.unassign(hubId.value(), email.value())),
                            found.isContractor(email.value())));
                })));
    }

    private void unassign(RoutingContext ctx) {
        withStaffMember(ctx, (partnerId, hubId, email) -> Future.all(
                        directory.ownedClient(ctx, partnerId, hubId), directory.load(ctx, partnerId))
                .compose(before -> {
                    OwnClient owned = before.resultAt(0);
                    AccessDirectory.Directory found = before.resultAt(1);
                    boolean wasAssigned = found.user(email.value())
                            .map(u -> u.assignedHubIds().contains(hubId)).orElse(false);
                    String name = found.personName(email.value());
                    String client = label(owned.account());
                    return UseCaseCall.call(ctx, () -> services.unassign().unassign(new UnassignCommand(partnerId,
                                    hubId, email, SignedInAdmin.of(ctx).actor())))
                            .compose(done -> afterChange(ctx, partnerId, hubId, wasAssigned
                                    ? found.texts().get("access.done.unassigned", name, client)
                                    : found.texts().get("access.done.notAssigned", name, client)));
                }));
    }

    private static String label(ClientAccount client) {
        return client.name() + " (" + client.hubId() + ")";
    }

    // Reactivate user on client, Remove employee from client -----------------------------------------------------

    private void reactivate(RoutingContext ctx) {
        withStaffMember(ctx, (partnerId, hubId, email) -> UseCaseCall.call(ctx, () -> services.reactivateUser()
                        .reactivateUser(new ReactivateUserCommand(partnerId, hubId, email,
                                SignedInAdmin.of(ctx).actor())))
                .compose(status -> personName(ctx, partnerId, email))
                .compose(person -> afterChange(ctx, partnerId, hubId,
                        Texts.of(ctx).get("access.done.reactivated", person)))
                .recover(failure -> failure instanceof DomainException refusal
                        && refusal.kind() == DomainException.Kind.REFUSED && Htmx.isHtmx(ctx)
                        ? refuseChange(ctx, partnerId, hubId, reactivationRefused(Texts.of(ctx), refusal, hubId, email))
                        : Future.failedFuture(failure)));
    }

    /** Why Reactivate user on client was refused: the model's words in English, the user and client named in others. */
    private static String reactivationRefused(Texts texts, DomainException refusal, HubId hubId, Email email) {
        if (texts.language() != Language.EN && AccessRefusals.NOT_A_CLIENT_USER.equals(refusal.code())) {
            return texts.get("access.refusal.notAClientUser", email.value(), hubId.toString());
        }
        return texts.refusal(refusal);
    }

    /**
     * A refused change on a client's page (the seat changed since the page was shown): the staff section as it is now,
     * with the reason above it, as a 422.
     */
    private Future<Void> refuseChange(RoutingContext ctx, PartnerId partnerId, HubId hubId, String reason) {
        Htmx.replaceUrl(ctx, withDate(ctx, Paths.client(hubId.value())));
        return clientNow(ctx, partnerId, hubId).compose(now -> pages.render(ctx, 422, STAFF,
                new StaffSectionView(now.client(), now.standing(), null, reason, true, null, "access", "clients",
                        null, 1)));
    }

    /**
     * A step of the Remove wizard, for htmx, which puts the page's URL with the step (and the page's date) in the
     * address bar; any other request is sent to that page URL (the wizard open at the step).
     */
    private void removalStep(RoutingContext ctx, String template, int step) {
        withStaffMember(ctx, (partnerId, hubId, email) -> directory.ownedClient(ctx, partnerId, hubId)
                .compose(client -> removal(ctx, partnerId, hubId, email, client))
                .compose(view -> {
                    String pageUrl = Paths.clientRemoval(hubId.value(), email.value(), step, pageDate(ctx));
                    if (!Htmx.wantsPartial(ctx)) {
                        return Redirects.seeOther(ctx, pageUrl);
                    }
                    Htmx.pushUrl(ctx, pageUrl, true);
                    return pages.render(ctx, template, new RemovalStepView(view));
                }));
    }

    /** What the Remove wizard shows for the user and client (NOT_FOUND for anyone not one of the partner's users). */
    private Future<RemovalView> removal(RoutingContext ctx, PartnerId partnerId, HubId hubId, Email email,
                                        OwnClient client) {
        return Future.all(
                        UseCaseCall.call(ctx, () -> services.reviewRemoval()
                                .reviewRemoval(new RemovalReviewQuery(partnerId, hubId, email))),
                        directory.load(ctx, partnerId))
                .map(done -> {
                    RemovalReview review = done.resultAt(0);
                    AccessDirectory.Directory found = done.resultAt(1);
                    AccessDirectory.ClientListing listing = AccessDirectory.ClientListing.of(client.account());
                    List<LinkedClientView> lost = review.lostAccessHubIds().stream()
                            .map(hub -> hub.equals(hubId) ? listing : found.clientOrBare(hub.value()))
                            .map(LinkedClientView::of)
                            .toList();
                    return new RemovalView(hubId.value(), listing.name(), email.value(),
                            found.personName(email.value()), lost, review.affectedAssetIds(),
                            review.endsManagedRelationship(),
                            withDate(ctx, Paths.removal(hubId.value(), email.value())),
                            withDate(ctx, Paths.removalReview(hubId.value(), email.value())),
                            withDate(ctx, Paths.removal(hubId.value(), email.value())),
                            found.isContractor(email.value()), withDate(ctx, Paths.client(hubId.value())));
                });
    }

    private void remove(RoutingContext ctx) {
        withStaffMember(ctx, (partnerId, hubId, email) -> UseCaseCall.call(ctx, () -> services.removeStaff()
                        .removeStaff(new RemoveStaffCommand(partnerId, hubId, email,
                                SignedInAdmin.of(ctx).actor())))
                .compose(ended -> directory.load(ctx, partnerId)
                        .compose(found -> afterChange(ctx, partnerId, hubId, removed(found, email, ended)))));
    }

    /** What the removal did: the seat removed, the user unassigned (an employee) or unlinked (a contractor). */
    private static String removed(AccessDirectory.Directory found, Email email, boolean relationshipEnded) {
        Texts texts = found.texts();
        String person = found.personName(email.value());
        String message = found.isContractor(email.value()) ? texts.get("access.done.removedContractor", person)
                : texts.get("access.done.removed", person);
        return relationshipEnded ? message + " " + texts.get("access.done.relationshipEnded") : message;
    }

    /** How the confirmation names the user ({@link AccessDirectory#personName}). */
    private Future<String> personName(RoutingContext ctx, PartnerId partnerId, Email email) {
        return directory.load(ctx, partnerId).map(found -> found.personName(email.value()));
    }

    // shared -----------------------------------------------------------------------------------------------------

    /** After a change on a client's page: the staff section again (htmx), or 303 to the page (at its date). */
    private Future<Void> afterChange(RoutingContext ctx, PartnerId partnerId, HubId hubId, String message) {
        if (!Htmx.isHtmx(ctx)) {
            return Redirects.seeOther(ctx, withDate(ctx, Paths.client(hubId.value())));
        }
        // the staff section comes back without the wizard: the address bar drops it too (the page's date stays)
        Htmx.replaceUrl(ctx, withDate(ctx, Paths.client(hubId.value())));
        // the standing is outside the staff section: it is swapped out of band
        return clientNow(ctx, partnerId, hubId).compose(now -> pages.render(ctx, STAFF,
                new StaffSectionView(now.client(), now.standing(), message, null, true, null, "access", "clients",
                        null, 1)));
    }

    /** The URL with the page's date (the request's {@code asOf}, when it is one the page can show). */
    private String withDate(RoutingContext ctx, String url) {
        return Paths.withQuery(url, Paths.params("asOf", pageDate(ctx)));
    }

    /** The page's date as its URL carries it: the request's {@code asOf} when the page can show it, else empty. */
    private String pageDate(RoutingContext ctx) {
        return AsOfDate.from(ctx.queryParams()).valid(clock.instant()).asOf();
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

    private record ClientNow(ClientPageView client, StandingView standing) {
    }

    /** The client after an action the partner was allowed to take (it may no longer have users there). */
    private Future<ClientNow> clientNow(RoutingContext ctx, PartnerId partnerId, HubId hubId) {
        Instant now = clock.instant();
        Texts texts = Texts.of(ctx);
        AsOfDate form = AsOfDate.from(ctx.queryParams()).valid(now);
        var client = UseCaseCall.call(ctx, () -> services.viewClient().viewClient(hubId));
        var explanation = UseCaseCall.call(ctx, () -> services.explainClient().explainClient(
                new ExplanationQuery(partnerId, hubId, Optional.empty())));
        var users = UseCaseCall.call(ctx, () -> services.listPartnerUsers().listPartnerUsers(partnerId));
        var standing = standing(ctx, partnerId, hubId, form, now);
        return Future.all(client, explanation, users, standing)
                .map(done -> new ClientNow(
                        clientView(texts, client.result(), explanation.result(), users.result(), form.asOf(), null),
                        StandingView.of(hubId.value(), standing.result(), form, form, now, null, texts)));
    }

    /**
     * The client and the partner's users in it, their actions at the page's date {@code asOf}; {@code removing}: the
     * e-mail of the row the wizard is open for.
     */
    private static ClientPageView clientView(Texts texts, ClientAccount account, Explanation explanation,
                                             List<PartnerUserAssignments> users, String asOf,
                                             String removing) {
        long hubId = account.hubId().value();
        Map<String, PartnerUserAssignments> byEmail = users.stream()
                .collect(Collectors.toMap(u -> u.user().email().value(), u -> u, (a, b) -> a));
        Map<String, String> date = Paths.params("asOf", asOf);
        List<ClientUserView> rows = explanation.users().stream()
                .filter(Explanation.User::partnerUser)
                .filter(user -> user.assigned() || user.clientUser().isPresent())
                .map(user -> {
                    String email = user.email().value();
                    PartnerUserAssignments known = byEmail.get(email);
                    String name = known == null ? email : known.user().name();
                    String kind = known == null ? "" : known.user().isEmployee() ? "Employee" : "Contractor";
                    SeatStatus seat = user.clientUser().orElse(null);
                    String seatLabel = seat == null ? texts.get("access.seat.none")
                            : seat == SeatStatus.ACTIVE ? texts.get("access.seat.active")
                            : texts.get("access.seat.deactivated");
                    String seatClass = seat == null ? "absent" : seat == SeatStatus.ACTIVE ? "active" : "deactivated";
                    String seatNote = seat != SeatStatus.DEACTIVATED ? null : user.keepsCreditUntil()
                            .map(until -> texts.get("access.seat.lapses", texts.date(until)))
                            .orElseGet(() -> texts.get("access.seat.countsNothing"));
                    return new ClientUserView(email, name, kind, seatLabel, seatClass, seatNote, user.assigned(),
                            seat == SeatStatus.DEACTIVATED, seat != null || user.assigned(), user.assigned(),
                            Paths.withQuery(Paths.reactivation(hubId, email), date),
                            Paths.withQuery(Paths.removal(hubId, email), date),
                            Paths.withQuery(Paths.unassign(hubId, email), date),
                            AccessDirectory.personName(texts, users, email), email.equals(removing));
                })
                .toList();
        return new ClientPageView(hubId, account.name(), account.currency().code(),
                texts.money(account.currency().code(), account.mrr()), account.growthMarket(), rows,
                Paths.client(hubId),
                Paths.withQuery(Paths.addStaff(hubId), date));
    }
}
