package com.managedmrr.application.testing;

import com.managedmrr.application.access.AddEmployeesCommand;
import com.managedmrr.application.access.AddEmployeesResult;
import com.managedmrr.application.access.LinkClientCommand;
import com.managedmrr.application.access.ReactivateUserCommand;
import com.managedmrr.application.access.RemovalReviewQuery;
import com.managedmrr.application.access.RemoveStaffCommand;
import com.managedmrr.application.access.UnassignCommand;
import com.managedmrr.application.activity.RecordActivitiesCommand;
import com.managedmrr.application.activity.RecordActivitiesResult;
import com.managedmrr.application.client.RemoveClientUserCommand;
import com.managedmrr.application.client.SetClientUserCommand;
import com.managedmrr.application.client.UpsertClientCommand;
import com.managedmrr.application.credit.BreakdownQuery;
import com.managedmrr.application.credit.ExplanationQuery;
import com.managedmrr.application.partner.RemovePartnerUserCommand;
import com.managedmrr.application.partner.UpsertPartnerCommand;
import com.managedmrr.application.partner.UpsertPartnerUserCommand;
import com.managedmrr.domain.access.RemovalReview;
import com.managedmrr.domain.credit.Breakdown;
import com.managedmrr.domain.credit.BreakdownRow;
import com.managedmrr.domain.credit.Explanation;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A readable way to drive the {@link InMemoryApplication} through its use cases in tests: plain strings and numbers
 * in, results out, every stage awaited. Failures surface as the use case's own exception (a DomainException), not
 * wrapped.
 */
public final class Scenario {

    public final InMemoryApplication app;

    public Scenario() {
        this(new InMemoryApplication());
    }

    public Scenario(InMemoryApplication app) {
        this.app = app;
    }

    /** The stage's value; its failure rethrown unwrapped. */
    public static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | CompletionException failure) {
            Throwable cause = failure.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        } catch (TimeoutException timeout) {
            throw new IllegalStateException("the stage did not complete", timeout);
        }
    }

    // the clock

    public Instant now() {
        return app.clock.now();
    }

    public Instant advance(Duration amount) {
        return app.clock.advance(amount);
    }

    public Instant advanceDays(long days) {
        return advance(Duration.ofDays(days));
    }

    // partners and their users

    public Scenario partner(String partnerId, String... domains) {
        await(app.services.upsertPartner().upsertPartner(new UpsertPartnerCommand(
                new Partner(PartnerId.of(partnerId), "Partner " + partnerId, Arrays.asList(domains)))));
        return this;
    }

    public boolean employee(String partnerId, String email) {
        return partnerUser(partnerId, email, PartnerUserKind.EMPLOYEE);
    }

    public boolean contractor(String partnerId, String email) {
        return partnerUser(partnerId, email, PartnerUserKind.CONTRACTOR);
    }

    public boolean partnerUser(String partnerId, String email, PartnerUserKind kind) {
        return await(app.services.upsertPartnerUser().upsertPartnerUser(new UpsertPartnerUserCommand(
                new PartnerUser(PartnerId.of(partnerId), Email.of(email), "User " + email, kind)))).created();
    }

    public void removePartnerUser(String partnerId, String email) {
        await(app.services.removePartnerUser().removePartnerUser(new RemovePartnerUserCommand(PartnerId.of(partnerId),
                Email.of(email))));
    }

    public List<HubId> assignedHubs(String partnerId, String email) {
        return await(app.services.listPartnerUsers().listPartnerUsers(PartnerId.of(partnerId))).stream()
                .filter(u -> u.user().email().equals(Email.of(email)))
                .findFirst()
                .map(com.managedmrr.domain.store.PartnerUserAssignments::assignedHubIds)
                .orElse(List.of());
    }

    // client accounts and their users

    public Scenario client(long hubId, String currency, String mrr) {
        return client(hubId, "Client " + hubId, currency, mrr, false);
    }

    public Scenario client(long hubId, String name, String currency, String mrr, boolean growthMarket) {
        await(app.services.upsertClient().upsertClient(new UpsertClientCommand(new ClientAccount(HubId.of(hubId), name,
                CurrencyCode.of(currency), new BigDecimal(mrr), growthMarket))));
        return this;
    }

    public boolean seat(long hubId, String email) {
        return seat(hubId, email, SeatStatus.ACTIVE);
    }

    public boolean seat(long hubId, String email, SeatStatus status) {
        return await(app.services.setClientUser().setClientUser(
                new SetClientUserCommand(HubId.of(hubId), Email.of(email), status))).created();
    }

    public void removeSeat(long hubId, String email) {
        await(app.services.removeClientUser().removeClientUser(
                new RemoveClientUserCommand(HubId.of(hubId), Email.of(email))));
    }

    // Client Access Manager

    public AddEmployeesResult addEmployees(String partnerId, long hubId, String... emails) {
        return await(app.services.addEmployees().addEmployees(
                new AddEmployeesCommand(PartnerId.of(partnerId), HubId.of(hubId),
                Arrays.stream(emails).map(Email::of).toList())));
    }

    public boolean linkClient(String partnerId, String email, long hubId) {
        return await(app.services.linkClient().linkClient(
                new LinkClientCommand(PartnerId.of(partnerId), Email.of(email), HubId.of(hubId))));
    }

    public void unassign(String partnerId, long hubId, String email) {
        await(app.services.unassign().unassign(
                new UnassignCommand(PartnerId.of(partnerId), HubId.of(hubId), Email.of(email))));
    }

    public SeatStatus reactivate(String partnerId, long hubId, String email) {
        return await(app.services.reactivateUser().reactivateUser(new ReactivateUserCommand(PartnerId.of(partnerId),
                HubId.of(hubId), Email.of(email))));
    }

    public RemovalReview reviewRemoval(String partnerId, long hubId, String email) {
        return await(app.services.reviewRemoval().reviewRemoval(
                new RemovalReviewQuery(PartnerId.of(partnerId), HubId.of(hubId), Email.of(email))));
    }

    public boolean removeStaff(String partnerId, long hubId, String email) {
        return await(app.services.removeStaff().removeStaff(
                new RemoveStaffCommand(PartnerId.of(partnerId), HubId.of(hubId), Email.of(email))));
    }

    // activities

    /** A qualifying activity (BLOG PUBLISH) happening now. */
    public RecordActivitiesResult publish(String activityId, long hubId, String email) {
        return activity(activityId, hubId, email, "BLOG", "PUBLISH", now(), null);
    }

    /** A qualifying activity (BLOG PUBLISH) at the instant, sent now. */
    public RecordActivitiesResult publishAt(String activityId, long hubId, String email, Instant occurredAt) {
        return activity(activityId, hubId, email, "BLOG", "PUBLISH", occurredAt, null);
    }

    public RecordActivitiesResult activity(String activityId, long hubId, String email, String tool, String action,
                                           Instant occurredAt, String assetId) {
        return record(List.of(new Activity(ActivityId.of(activityId), HubId.of(hubId), Email.of(email), tool, action,
                occurredAt, assetId)));
    }

    public RecordActivitiesResult record(List<Activity> activities) {
        List<RecordActivitiesCommand.Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            items.add(new RecordActivitiesCommand.Item(i, activities.get(i)));
        }
        return await(app.services.recordActivities().recordActivities(new RecordActivitiesCommand(items)));
    }

    // reading credit

    public Breakdown breakdown(String partnerId) {
        return await(app.services.computeBreakdown().computeBreakdown(new BreakdownQuery(PartnerId.of(partnerId),
                Optional.empty(), Optional.empty())));
    }

    public Breakdown breakdown(String partnerId, Instant at) {
        return await(app.services.computeBreakdown().computeBreakdown(new BreakdownQuery(PartnerId.of(partnerId),
                Optional.of(at), Optional.empty())));
    }

    /** The partner's breakdown row for the client now (fails when the partner has none). */
    public BreakdownRow row(String partnerId, long hubId) {
        return row(partnerId, hubId, now());
    }

    public BreakdownRow row(String partnerId, long hubId, Instant at) {
        return breakdown(partnerId, at).clients().stream()
                .filter(r -> r.client().hubId().equals(HubId.of(hubId)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for client " + hubId + " in " + partnerId
                        + "'s breakdown at " + at));
    }

    public Explanation explain(String partnerId, long hubId) {
        return explain(partnerId, hubId, now());
    }

    public Explanation explain(String partnerId, long hubId, Instant at) {
        return await(app.services.explainClient().explainClient(
                new ExplanationQuery(PartnerId.of(partnerId), HubId.of(hubId), Optional.of(at))));
    }
}
