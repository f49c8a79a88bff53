package com.managedmrr.web.ui.access;

import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.application.access.ReactivateUserCommand;
import com.managedmrr.application.access.RemovalReviewQuery;
import com.managedmrr.application.access.RemoveStaffCommand;
import com.managedmrr.application.credit.ExplanationQuery;
import com.managedmrr.application.partner.OwnClient;
import com.managedmrr.domain.access.RemovalReview;
import com.managedmrr.domain.credit.Explanation;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.store.PartnerUserAssignments;
import com.managedmrr.web.ui.Formats;
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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A client's page: the partner's users in the client account; Reactivate user on client; the Remove employee from
 * client wizard. Every Hub ID and e-mail in a URL is checked against the signed-in admin's partner.
 */
public final class ClientPageRoutes {

    static final String PAGE = "templates/clients/client.html";
    static final String STAFF = "templates/clients/_staff.html";
    static final String STEP_ONE = "templates/clients/_removal-step1.html";
    static final String STEP_TWO = "templates/clients/_removal-step2.html";

    private final PageRenderer pages;
    private final ManagedMrrServices services;
    private final AccessDirectory directory;

    public ClientPageRoutes(PageRenderer pages, ManagedMrrServices services, AccessDirectory directory) {
        this.pages = Objects.requireNonNull(pages, "pages");
        this.services = Objects.requireNonNull(services, "services");
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    public void mount(Router ui) {
        ui.get("/clients/:hubId").handler(this::page);
        ui.post("/clients/:hubId/staff/:email/reactivation").handler(this::reactivate);
        ui.get("/clients/:hubId/staff/:email/removal").handler(ctx -> removalStep(ctx, STEP_ONE));
        ui.get("/clients/:hubId/staff/:email/removal/review").handler(ctx -> removalStep(ctx, STEP_TWO));
        ui.post("/clients/:hubId/staff/:email/removal").handler(this::remove);
    }

    private void page(RoutingContext ctx) {
        PartnerId partnerId = SignedInAdmin.of(ctx).partnerId();
        Optional<HubId> hubId = PathParams.hubId(ctx);
        if (hubId.isEmpty()) {
            ctx.fail(404);
            return;
        }
        directory.ownedClient(ctx, partnerId, hubId.get())
                .compose(owned -> UseCaseCall.call(ctx, () -> services.listPartnerUsers().listPartnerUsers(partnerId))
                        .map(users -> clientView(owned.account(), owned.explanation(), users)))
                .compose(client -> pages.render(ctx, PAGE,
                        new StaffSectionView(client, null, null, false, "access", "clients")))
                .onFailure(ctx::fail);
    }

    private void reactivate(RoutingContext ctx) {
        withStaffMember(ctx, (partnerId, hubId, email) -> UseCaseCall.call(ctx, () -> services.reactivateUser()
                        .reactivateUser(new ReactivateUserCommand(partnerId, hubId, email,
                                SignedInAdmin.of(ctx).actor())))
                .compose(status -> afterChange(ctx, partnerId, hubId, UiMessages.reactivated(email.value())))
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
        return clientNow(ctx, partnerId, hubId).compose(client -> pages.render(ctx, 422, STAFF,
                new StaffSectionView(client, null, reason, true, "access", "clients")));
    }

    private void removalStep(RoutingContext ctx, String template) {
        withStaffMember(ctx, (partnerId, hubId, email) -> {
            Future<OwnClient> owned = directory.ownedClient(ctx, partnerId, hubId);
            return owned.compose(client -> Future.all(
                            UseCaseCall.call(ctx, () -> services.reviewRemoval()
                                    .reviewRemoval(new RemovalReviewQuery(partnerId, hubId, email))),
                            directory.load(ctx, partnerId))
                    .compose(done -> {
                        RemovalReview review = done.resultAt(0);
                        AccessDirectory.Directory found = done.resultAt(1);
                        AccessDirectory.ClientListing listing = AccessDirectory.ClientListing.of(client.account());
                        List<LinkedClientView> lost = review.lostAccessHubIds().stream()
                                .map(hub -> hub.equals(hubId) ? listing : found.clientOrBare(hub.value()))
                                .map(LinkedClientView::of)
                                .toList();
                        RemovalView view = new RemovalView(hubId.value(), listing.name(), email.value(),
                                found.nameOf(email.value()), lost, review.affectedAssetIds(),
                                review.endsManagedRelationship(),
                                Paths.removal(hubId.value(), email.value()),
                                Paths.removalReview(hubId.value(), email.value()),
                                Paths.removal(hubId.value(), email.value()));
                        return pages.render(ctx, template, new RemovalStepView(view));
                    }));
        });
    }

    private void remove(RoutingContext ctx) {
        withStaffMember(ctx, (partnerId, hubId, email) -> UseCaseCall.call(ctx, () -> services.removeStaff()
                        .removeStaff(new RemoveStaffCommand(partnerId, hubId, email,
                                SignedInAdmin.of(ctx).actor())))
                .compose(ended -> afterChange(ctx, partnerId, hubId, UiMessages.removed(email.value(), ended))));
    }

    /** After a change on a client's page: the staff section again (htmx), or 303 to the page. */
    private Future<Void> afterChange(RoutingContext ctx, PartnerId partnerId, HubId hubId, String message) {
        if (!Htmx.isHtmx(ctx)) {
            return Redirects.seeOther(ctx, Paths.client(hubId.value()));
        }
        // the page's "Managed credit now" is outside the staff section: it is swapped out of band
        return clientNow(ctx, partnerId, hubId).compose(client -> pages.render(ctx, STAFF,
                new StaffSectionView(client, message, null, true, "access", "clients")));
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

    /** The client after an action the partner was allowed to take (it may no longer have users there). */
    private Future<ClientPageView> clientNow(RoutingContext ctx, PartnerId partnerId, HubId hubId) {
        var client = UseCaseCall.call(ctx, () -> services.viewClient().viewClient(hubId));
        var explanation = UseCaseCall.call(ctx, () -> services.explainClient().explainClient(
                new ExplanationQuery(partnerId, hubId, Optional.empty())));
        var users = UseCaseCall.call(ctx, () -> services.listPartnerUsers().listPartnerUsers(partnerId));
        return Future.all(client, explanation, users)
                .map(done -> clientView(client.result(), explanation.result(), users.result()));
    }

    private static ClientPageView clientView(ClientAccount account, Explanation explanation,
                                             List<PartnerUserAssignments> users) {
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
        return new ClientPageView(hubId, account.name(), account.currency().code(),
                Formats.amount(account.mrr()), account.growthMarket(), explanation.servicing(), rows,
                Paths.client(hubId));
    }
}
