package com.managedmrr.web.api;

import com.managedmrr.application.client.RemoveClientUserCommand;
import com.managedmrr.application.client.RemoveClientUserUseCase;
import com.managedmrr.application.client.SetClientUserCommand;
import com.managedmrr.application.client.SetClientUserUseCase;
import com.managedmrr.application.client.UpsertClientCommand;
import com.managedmrr.application.client.UpsertClientUseCase;
import com.managedmrr.application.client.ViewClientUseCase;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.SeatStatus;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.Objects;

/** Client accounts and their users, as the client account itself changes them: {@code /clients/{hubId}...}. */
public final class ClientApiRoutes implements ApiRoutes {

    private final UpsertClientUseCase upsertClient;
    private final ViewClientUseCase viewClient;
    private final SetClientUserUseCase setClientUser;
    private final RemoveClientUserUseCase removeClientUser;

    public ClientApiRoutes(UpsertClientUseCase upsertClient, ViewClientUseCase viewClient,
                           SetClientUserUseCase setClientUser, RemoveClientUserUseCase removeClientUser) {
        this.upsertClient = Objects.requireNonNull(upsertClient, "upsertClient");
        this.viewClient = Objects.requireNonNull(viewClient, "viewClient");
        this.setClientUser = Objects.requireNonNull(setClientUser, "setClientUser");
        this.removeClientUser = Objects.requireNonNull(removeClientUser, "removeClientUser");
    }

    @Override
    public void mount(Router api) {
        api.put("/clients/:hubId").handler(this::upsertClient);
        api.get("/clients/:hubId").handler(this::viewClient);
        api.put("/clients/:hubId/users/:email").handler(this::setClientUser);
        api.delete("/clients/:hubId/users/:email").handler(this::removeClientUser);
    }

    private void upsertClient(RoutingContext ctx) {
        JsonObject body = JsonBody.object(ctx);
        FieldChecks checks = new FieldChecks();
        HubId hubId = checks.check(() -> RequestParams.hubId(ctx));
        UpsertClientCommand command = new UpsertClientCommand(ClientJson.client(hubId, body, checks),
                ApiCaller.actor(ctx));
        Replies.when(ctx, () -> upsertClient.upsertClient(command),
                upserted -> Replies.upserted(ctx, upserted.created(), ClientJson.toJson(upserted.value())));
    }

    private void viewClient(RoutingContext ctx) {
        Replies.when(ctx, () -> viewClient.viewClient(RequestParams.hubId(ctx)),
                client -> Replies.ok(ctx, ClientJson.toJson(client)));
    }

    private void setClientUser(RoutingContext ctx) {
        FieldChecks checks = new FieldChecks();
        HubId hubId = checks.check(() -> RequestParams.hubId(ctx));
        Email email = checks.check(() -> RequestParams.email(ctx));
        JsonObject body = checks.body(ctx);
        SeatStatus status = checks.check(() -> ClientJson.seatStatus(body));
        checks.throwIfAny();
        SetClientUserCommand command = new SetClientUserCommand(hubId, email, status, ApiCaller.actor(ctx));
        Replies.when(ctx, () -> setClientUser.setClientUser(command),
                upserted -> Replies.upserted(ctx, upserted.created(), ClientJson.seat(hubId, email, upserted.value())));
    }

    private void removeClientUser(RoutingContext ctx) {
        RemoveClientUserCommand command = new RemoveClientUserCommand(RequestParams.hubId(ctx), RequestParams.email(ctx),
                ApiCaller.actor(ctx));
        Replies.when(ctx, () -> removeClientUser.removeClientUser(command), done -> Replies.noContent(ctx));
    }
}
