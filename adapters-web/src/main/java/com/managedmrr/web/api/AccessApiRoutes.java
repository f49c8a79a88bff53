package com.managedmrr.web.api;

import com.managedmrr.application.access.AddEmployeesCommand;
import com.managedmrr.application.access.AddEmployeesUseCase;
import com.managedmrr.application.access.LinkClientCommand;
import com.managedmrr.application.access.LinkClientUseCase;
import com.managedmrr.application.access.ReactivateUserCommand;
import com.managedmrr.application.access.ReactivateUserUseCase;
import com.managedmrr.application.access.RemovalReviewQuery;
import com.managedmrr.application.access.RemoveStaffCommand;
import com.managedmrr.application.access.RemoveStaffUseCase;
import com.managedmrr.application.access.ReviewRemovalUseCase;
import com.managedmrr.application.access.UnassignCommand;
import com.managedmrr.application.access.UnassignUseCase;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.Objects;

/**
 * The Client Access Manager's actions, in a partner's name: Add employees, Link clients, Unassign, Reactivate user on
 * client, and the Remove employee from client wizard (review, then removal).
 */
public final class AccessApiRoutes implements ApiRoutes {

    private final AddEmployeesUseCase addEmployees;
    private final LinkClientUseCase linkClient;
    private final UnassignUseCase unassign;
    private final ReactivateUserUseCase reactivateUser;
    private final ReviewRemovalUseCase reviewRemoval;
    private final RemoveStaffUseCase removeStaff;

    public AccessApiRoutes(AddEmployeesUseCase addEmployees, LinkClientUseCase linkClient, UnassignUseCase unassign,
                           ReactivateUserUseCase reactivateUser, ReviewRemovalUseCase reviewRemoval,
                           RemoveStaffUseCase removeStaff) {
        this.addEmployees = Objects.requireNonNull(addEmployees, "addEmployees");
        this.linkClient = Objects.requireNonNull(linkClient, "linkClient");
        this.unassign = Objects.requireNonNull(unassign, "unassign");
        this.reactivateUser = Objects.requireNonNull(reactivateUser, "reactivateUser");
        this.reviewRemoval = Objects.requireNonNull(reviewRemoval, "reviewRemoval");
        this.removeStaff = Objects.requireNonNull(removeStaff, "removeStaff");
    }

    @Override
    public void mount(Router api) {
        api.post("/partners/:partnerId/clients/:hubId/employees").handler(this::addEmployees);
        api.post("/partners/:partnerId/contractors/:email/clients").handler(this::linkClient);
        api.delete("/partners/:partnerId/clients/:hubId/assignments/:email").handler(this::unassign);
        api.post("/partners/:partnerId/clients/:hubId/staff/:email/reactivation").handler(this::reactivateUser);
        api.get("/partners/:partnerId/clients/:hubId/staff/:email/removal").handler(this::reviewRemoval);
        api.delete("/partners/:partnerId/clients/:hubId/staff/:email").handler(this::removeStaff);
    }

    private void addEmployees(RoutingContext ctx) {
        PartnerId partnerId = RequestParams.partnerId(ctx);
        HubId hubId = RequestParams.hubId(ctx);
        AddEmployeesCommand command = new AddEmployeesCommand(partnerId, hubId, AccessJson.emails(JsonBody.object(ctx)),
                ApiCaller.actor(ctx));
        Replies.when(ctx, () -> addEmployees.addEmployees(command),
                result -> Replies.ok(ctx, AccessJson.employeesAdded(partnerId, hubId, result)));
    }

    private void linkClient(RoutingContext ctx) {
        PartnerId partnerId = RequestParams.partnerId(ctx);
        Email contractor = RequestParams.email(ctx);
        HubId hubId = AccessJson.linkedHubId(JsonBody.object(ctx));
        Replies.when(ctx, () -> linkClient.linkClient(new LinkClientCommand(partnerId, contractor, hubId, ApiCaller.actor(ctx))),
                newlyAssigned -> Replies.ok(ctx, AccessJson.assignment(partnerId, contractor, hubId, newlyAssigned)));
    }

    private void unassign(RoutingContext ctx) {
        UnassignCommand command = new UnassignCommand(
                RequestParams.partnerId(ctx), RequestParams.hubId(ctx), RequestParams.email(ctx), ApiCaller.actor(ctx));
        Replies.when(ctx, () -> unassign.unassign(command), done -> Replies.noContent(ctx));
    }

    private void reactivateUser(RoutingContext ctx) {
        HubId hubId = RequestParams.hubId(ctx);
        Email email = RequestParams.email(ctx);
        ReactivateUserCommand command = new ReactivateUserCommand(RequestParams.partnerId(ctx), hubId, email,
                ApiCaller.actor(ctx));
        Replies.when(ctx, () -> reactivateUser.reactivateUser(command),
                status -> Replies.ok(ctx, ClientJson.seat(hubId, email, status)));
    }

    private void reviewRemoval(RoutingContext ctx) {
        RemovalReviewQuery query = new RemovalReviewQuery(
                RequestParams.partnerId(ctx), RequestParams.hubId(ctx), RequestParams.email(ctx));
        Replies.when(ctx, () -> reviewRemoval.reviewRemoval(query),
                review -> Replies.ok(ctx, AccessJson.removalReview(review)));
    }

    private void removeStaff(RoutingContext ctx) {
        RemoveStaffCommand command = new RemoveStaffCommand(
                RequestParams.partnerId(ctx), RequestParams.hubId(ctx), RequestParams.email(ctx), ApiCaller.actor(ctx));
        Replies.when(ctx, () -> removeStaff.removeStaff(command), ended -> Replies.noContent(ctx));
    }
}
