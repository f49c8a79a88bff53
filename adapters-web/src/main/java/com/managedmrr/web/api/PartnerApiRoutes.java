package com.managedmrr.web.api;

import com.managedmrr.application.admin.RegisterAdminCommand;
import com.managedmrr.application.admin.RegisterAdminUseCase;
import com.managedmrr.application.admin.RevokeAdminCommand;
import com.managedmrr.application.admin.RevokeAdminUseCase;
import com.managedmrr.application.partner.ListPartnerUsersUseCase;
import com.managedmrr.application.partner.RemovePartnerUserCommand;
import com.managedmrr.application.partner.RemovePartnerUserUseCase;
import com.managedmrr.application.partner.UpsertPartnerCommand;
import com.managedmrr.application.partner.UpsertPartnerUseCase;
import com.managedmrr.application.partner.UpsertPartnerUserCommand;
import com.managedmrr.application.partner.UpsertPartnerUserUseCase;
import com.managedmrr.application.partner.ViewPartnerUseCase;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.PartnerId;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.Objects;

/** Partners, their users and their admins' logins: {@code /partners/{partnerId}...}. */
public final class PartnerApiRoutes implements ApiRoutes {

    private final UpsertPartnerUseCase upsertPartner;
    private final ViewPartnerUseCase viewPartner;
    private final UpsertPartnerUserUseCase upsertPartnerUser;
    private final ListPartnerUsersUseCase listPartnerUsers;
    private final RemovePartnerUserUseCase removePartnerUser;
    private final RegisterAdminUseCase registerAdmin;
    private final RevokeAdminUseCase revokeAdmin;

    public PartnerApiRoutes(UpsertPartnerUseCase upsertPartner, ViewPartnerUseCase viewPartner,
                            UpsertPartnerUserUseCase upsertPartnerUser, ListPartnerUsersUseCase listPartnerUsers,
                            RemovePartnerUserUseCase removePartnerUser, RegisterAdminUseCase registerAdmin,
                            RevokeAdminUseCase revokeAdmin) {
        this.upsertPartner = Objects.requireNonNull(upsertPartner, "upsertPartner");
        this.viewPartner = Objects.requireNonNull(viewPartner, "viewPartner");
        this.upsertPartnerUser = Objects.requireNonNull(upsertPartnerUser, "upsertPartnerUser");
        this.listPartnerUsers = Objects.requireNonNull(listPartnerUsers, "listPartnerUsers");
        this.removePartnerUser = Objects.requireNonNull(removePartnerUser, "removePartnerUser");
        this.registerAdmin = Objects.requireNonNull(registerAdmin, "registerAdmin");
        this.revokeAdmin = Objects.requireNonNull(revokeAdmin, "revokeAdmin");
    }

    @Override
    public void mount(Router api) {
        api.put("/partners/:partnerId").handler(this::upsertPartner);
        api.get("/partners/:partnerId").handler(this::viewPartner);
        api.put("/partners/:partnerId/users/:email").handler(this::upsertPartnerUser);
        api.get("/partners/:partnerId/users").handler(this::listPartnerUsers);
        api.delete("/partners/:partnerId/users/:email").handler(this::removePartnerUser);
        api.put("/partners/:partnerId/admins/:email").handler(this::registerAdmin);
        api.delete("/partners/:partnerId/admins/:email").handler(this::revokeAdmin);
    }

    private void upsertPartner(RoutingContext ctx) {
        JsonObject body = JsonBody.object(ctx);
        FieldChecks checks = new FieldChecks();
        PartnerId partnerId = checks.check(() -> RequestParams.partnerId(ctx));
        UpsertPartnerCommand command = new UpsertPartnerCommand(PartnerJson.partner(partnerId, body, checks),
                ApiCaller.actor(ctx));
        Replies.when(ctx, () -> upsertPartner.upsertPartner(command),
                upserted -> Replies.upserted(ctx, upserted.created(), PartnerJson.toJson(upserted.value())));
    }

    private void viewPartner(RoutingContext ctx) {
        Replies.when(ctx, () -> viewPartner.viewPartner(RequestParams.partnerId(ctx)),
                partner -> Replies.ok(ctx, PartnerJson.toJson(partner)));
    }

    private void upsertPartnerUser(RoutingContext ctx) {
        PartnerId partnerId = RequestParams.partnerId(ctx);
        Email email = RequestParams.email(ctx);
        UpsertPartnerUserCommand command =
                new UpsertPartnerUserCommand(PartnerJson.partnerUser(partnerId, email, JsonBody.object(ctx)),
                        ApiCaller.actor(ctx));
        Replies.when(ctx, () -> upsertPartnerUser.upsertPartnerUser(command),
                upserted -> Replies.upserted(ctx, upserted.created(), PartnerJson.toJson(upserted.value())));
    }

    private void listPartnerUsers(RoutingContext ctx) {
        Replies.when(ctx, () -> listPartnerUsers.listPartnerUsers(RequestParams.partnerId(ctx)),
                users -> Replies.ok(ctx, PartnerJson.users(users)));
    }

    private void removePartnerUser(RoutingContext ctx) {
        RemovePartnerUserCommand command =
                new RemovePartnerUserCommand(RequestParams.partnerId(ctx), RequestParams.email(ctx),
                        ApiCaller.actor(ctx));
        Replies.when(ctx, () -> removePartnerUser.removePartnerUser(command), done -> Replies.noContent(ctx));
    }

    private void revokeAdmin(RoutingContext ctx) {
        RevokeAdminCommand command = new RevokeAdminCommand(RequestParams.partnerId(ctx), RequestParams.email(ctx),
                ApiCaller.actor(ctx));
        Replies.when(ctx, () -> revokeAdmin.revokeAdmin(command), done -> Replies.noContent(ctx));
    }

    private void registerAdmin(RoutingContext ctx) {
        FieldChecks checks = new FieldChecks();
        PartnerId partnerId = checks.check(() -> RequestParams.partnerId(ctx));
        Email email = checks.check(() -> RequestParams.email(ctx));
        JsonObject body = checks.body(ctx);
        String password = checks.check(() -> PartnerJson.password(body));
        // the password's own rules (length, printable, not repeated, not common), told with the other fields
        RegisterAdminCommand command = password == null ? null : checks.checkRule(() -> new RegisterAdminCommand(
                StandIns.or(partnerId), StandIns.or(email), password, ApiCaller.actor(ctx)));
        checks.throwIfAny();
        Replies.when(ctx, () -> registerAdmin.registerAdmin(command),
                upserted -> Replies.upserted(ctx, upserted.created(), PartnerJson.admin(partnerId, upserted.value())));
    }
}
