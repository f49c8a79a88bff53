package com.managedmrr.web.ui;

import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.application.access.AddEmployeesCommand;
import com.managedmrr.application.access.LinkClientCommand;
import com.managedmrr.application.activity.RecordActivitiesCommand;
import com.managedmrr.application.admin.RegisterAdminCommand;
import com.managedmrr.application.client.RemoveClientUserCommand;
import com.managedmrr.application.client.SetClientUserCommand;
import com.managedmrr.application.client.UpsertClientCommand;
import com.managedmrr.application.partner.UpsertPartnerCommand;
import com.managedmrr.application.partner.UpsertPartnerUserCommand;
import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.model.SeatStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Test data, made through the use cases (so it is as valid as anything a real caller could make). */
final class Given {

    private final ManagedMrrServices services;

    Given(ManagedMrrServices services) {
        this.services = services;
    }

    Given partner(String id, String name, String domain) {
        join(services.upsertPartner().upsertPartner(new UpsertPartnerCommand(
                new Partner(PartnerId.of(id), name, List.of(domain)))));
        return this;
    }

    Given employee(String partner, String email, String name) {
        join(services.upsertPartnerUser().upsertPartnerUser(new UpsertPartnerUserCommand(
                new PartnerUser(PartnerId.of(partner), Email.of(email), name, PartnerUserKind.EMPLOYEE))));
        return this;
    }

    Given contractor(String partner, String email, String name) {
        join(services.upsertPartnerUser().upsertPartnerUser(new UpsertPartnerUserCommand(
                new PartnerUser(PartnerId.of(partner), Email.of(email), name, PartnerUserKind.CONTRACTOR))));
        return this;
    }

    Given admin(String partner, String email, String password) {
        join(services.registerAdmin().registerAdmin(new RegisterAdminCommand(PartnerId.of(partner), Email.of(email),
                password)));
        return this;
    }

    Given client(long hubId, String name, String currency, String mrr) {
        return client(hubId, name, currency, mrr, false);
    }

    Given client(long hubId, String name, String currency, String mrr, boolean growthMarket) {
        join(services.upsertClient().upsertClient(new UpsertClientCommand(new ClientAccount(HubId.of(hubId), name,
                CurrencyCode.of(currency), new BigDecimal(mrr), growthMarket))));
        return this;
    }

    Given seat(long hubId, String email, SeatStatus status) {
        join(services.setClientUser().setClientUser(new SetClientUserCommand(HubId.of(hubId), Email.of(email),
                status)));
        return this;
    }

    /** The client account's own removal of a seat (the assignment stays). */
    Given removeSeat(long hubId, String email) {
        join(services.removeClientUser().removeClientUser(new RemoveClientUserCommand(HubId.of(hubId),
                Email.of(email))));
        return this;
    }

    Given addEmployees(String partner, long hubId, String... emails) {
        join(services.addEmployees().addEmployees(new AddEmployeesCommand(PartnerId.of(partner), HubId.of(hubId),
                Arrays.stream(emails).map(Email::of).toList())));
        return this;
    }

    Given link(String partner, String email, long hubId) {
        join(services.linkClient().linkClient(new LinkClientCommand(PartnerId.of(partner), Email.of(email),
                HubId.of(hubId))));
        return this;
    }

    Given activity(String id, long hubId, String email, String tool, String action, Instant at, String assetId) {
        var result = join(services.recordActivities().recordActivities(new RecordActivitiesCommand(List.of(
                new RecordActivitiesCommand.Item(0, new Activity(ActivityId.of(id), HubId.of(hubId), Email.of(email),
                        tool, action, at, assetId))))));
        if (result.accepted() != 1) {
            throw new IllegalStateException("activity " + id + " was not accepted: " + result);
        }
        return this;
    }

    static <T> T join(CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }
}
