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

import java.util.List;
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
        FieldChecks checks = new FieldChecks();
        PartnerId partnerId = checks.check(() -> RequestParams.partnerId(ctx));
        HubId hubId = checks.check(() -> RequestParams.hubId(ctx));
        List<Email> emails = AccessJson.emails(checks.body(ctx), checks);
        // the command's own rule (how many e-mails), told with the other fields
        AddEmployeesCommand command = emails == null ? null : checks.checkRule(() -> new AddEmployeesCommand(
                StandIns.or(partnerId), StandIns.or(hubId), emails, ApiCaller.actor(ctx)));
        checks.throwIfAny();
        Replies.when(ctx, () -> addEmployees.addEmployees(command),
                result -> Replies.ok(ctx, AccessJson.employeesAdded(partnerId, hubId, result)));
    }

    private void linkClient(RoutingContext ctx) {
        FieldChecks checks = new FieldChecks();
        PartnerId partnerId = checks.check(() -> RequestParams.partnerId(ctx));
        Email contractor = checks.check(() -> RequestParams.email(ctx));
        HubId hubId = AccessJson.linkedHubId(checks.body(ctx), checks);
        checks.throwIfAny();
        LinkClientCommand command = new LinkClientCommand(partnerId, contractor, hubId, ApiCaller.actor(ctx));
        Replies.when(ctx, () -> linkClient.linkClient(command),
                newlyAssigned -> Replies.ok(ctx, AccessJson.assignment(partnerId, contractor, hubId, newlyAssigned)));
    }

    private void unassign(RoutingContext ctx) {
        StaffMember member = StaffMember.of(ctx);
        UnassignCommand command = new UnassignCommand(member.partnerId(), member.hubId(), member.email(),
                ApiCaller.actor(ctx));
        Replies.when(ctx, () -> unassign.unassign(command), done -> Replies.noContent(ctx));
    }

    private void reactivateUser(RoutingContext ctx) {
        StaffMember member = StaffMember.of(ctx);
        ReactivateUserCommand command = new ReactivateUserCommand(member.partnerId(), member.hubId(), member.email(),
                ApiCaller.actor(ctx));
        Replies.when(ctx, () -> reactivateUser.reactivateUser(command),
                status -> Replies.ok(ctx, ClientJson.seat(member.hubId(), member.email(), status)));
    }

    private void reviewRemoval(RoutingContext ctx) {
        StaffMember member = StaffMember.of(ctx);
        RemovalReviewQuery query = new RemovalReviewQuery(member.partnerId(), member.hubId(), member.email());
        Replies.when(ctx, () -> reviewRemoval.reviewRemoval(query),
                review -> Replies.ok(ctx, AccessJson.removalReview(review)));
    }

    private void removeStaff(RoutingContext ctx) {
        StaffMember member = StaffMember.of(ctx);
        RemoveStaffCommand command = new RemoveStaffCommand(member.partnerId(), member.hubId(), member.email(),
                ApiCaller.actor(ctx));
        Replies.when(ctx, () -> removeStaff.removeStaff(command), ended -> Replies.noContent(ctx));
    }

    /** The path's {@code /partners/{partnerId}/clients/{hubId}/.../{email}}, every malformed one named at once. */
    private record StaffMember(PartnerId partnerId, HubId hubId, Email email) {

        static StaffMember of(RoutingContext ctx) {
            FieldChecks checks = new FieldChecks();
            PartnerId partnerId = checks.check(() -> RequestParams.partnerId(ctx));
            HubId hubId = checks.check(() -> RequestParams.hubId(ctx));
            Email email = checks.check(() -> RequestParams.email(ctx));
            checks.throwIfAny();
            return new StaffMember(partnerId, hubId, email);
        }
    }
}
