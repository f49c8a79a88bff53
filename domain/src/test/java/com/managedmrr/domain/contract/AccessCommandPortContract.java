package com.managedmrr.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.managedmrr.domain.access.ImmediateEndPolicy;
import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.credit.ClientFacts;
import com.managedmrr.domain.credit.AttributedActivity;
import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.testing.AccessSteps;
import com.managedmrr.domain.store.RecordedActivity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The {@link AccessCommandPort} inside {@link com.managedmrr.domain.port.CommandTransactionPort}: reads answer for the
 * present, changes are effective-dated, a failed command changes nothing, and commands are serialised.
 */
public abstract class AccessCommandPortContract extends PortContract {

    @Test
    void aNewPartner_savePartner_answersCreatedOnce_andKeepsItsDomainsInOrder() {
        Partner partner = new Partner(newPartnerId(), "Acme Agency", List.of("acme.example", "acme-group.example"));

        boolean created = command(store -> store.savePartner(partner));
        Partner renamed = new Partner(partner.id(), "Acme Group", List.of("acme-group.example", "acme.example"));
        boolean createdAgain = command(store -> store.savePartner(renamed));

        assertThat(created).isTrue();
        assertThat(createdAgain).isFalse();
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).partner(partner.id()))).contains(renamed);
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).partner(newPartnerId()))).isEmpty();
    }

    @Test
    void aPartnerUser_removedAndAddedAgain_presenceFollowsEachChange() {
        Partner partner = givenPartner();
        Email email = newEmail("ann");
        PartnerUser ann = givenEmployee(partner, email, t(1));

        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).partnerUser(partner.id(), email))).contains(ann);
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).membershipsOf(email))).containsExactly(ann);

        command(store -> AccessSteps.on(store).removePartnerUser(partner.id(), email, t(2)));
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).partnerUser(partner.id(), email))).isEmpty();
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).membershipsOf(email))).isEmpty();

        PartnerUser back = new PartnerUser(partner.id(), email, "Ann Lee", PartnerUserKind.CONTRACTOR);
        command(store -> AccessSteps.on(store).addPartnerUser(back, t(3)));
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).partnerUser(partner.id(), email))).contains(back);
    }

    @Test
    void anEmailInTwoPartners_membershipsOf_answersBothByPartnerId() {
        Partner first = givenPartner();
        Partner second = givenPartner();
        Email email = newEmail("freelancer", "mail.example");
        PartnerUser inFirst = givenPartnerUser(first, email, PartnerUserKind.CONTRACTOR, t(1));
        PartnerUser inSecond = givenPartnerUser(second, email, PartnerUserKind.CONTRACTOR, t(1));

        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).membershipsOf(email))).containsExactly(inFirst, inSecond);
    }

    @Test
    void aPresentUser_updatePartnerUser_changesNameAndKind() {
        Partner partner = givenPartner();
        Email email = newEmail("ann");
        givenEmployee(partner, email, t(1));
        PartnerUser changed = new PartnerUser(partner.id(), email, "Ann Smith", PartnerUserKind.CONTRACTOR);

        command(store -> AccessSteps.on(store).updatePartnerUser(changed, t(2)));

        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).partnerUser(partner.id(), email))).contains(changed);
    }

    @Test
    void aPresentUser_addPartnerUser_fails_andTheCommandChangesNothing() {
        Partner partner = givenPartner();
        Email email = newEmail("ann");
        PartnerUser ann = givenEmployee(partner, email, t(1));
        ClientAccount client = givenClient(t(0));

        assertThatThrownBy(() -> command(store -> AccessSteps.on(store).setSeat(client.hubId(), email, SeatStatus.ACTIVE, t(2))
                .thenCompose(seated -> AccessSteps.on(store).addPartnerUser(ann, t(2)))))
                .isInstanceOf(RuntimeException.class);

        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).seat(client.hubId(), email))).isEmpty();
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).partnerUser(partner.id(), email))).contains(ann);
    }

    @Test
    void aNewClient_saveClient_answersCreatedOnce_andTheLatestMrrIsInEffectNow() {
        ClientAccount client = new ClientAccount(newHubId(), "Globex", CurrencyCode.of("USD"), new BigDecimal("1000"), false);

        boolean created = command(store -> store.saveClient(client, t(1)));
        ClientAccount raised = new ClientAccount(client.hubId(), "Globex Corp", CurrencyCode.of("USD"),
                new BigDecimal("1500.50"), true);
        boolean createdAgain = command(store -> store.saveClient(raised, t(2)));

        assertThat(created).isTrue();
        assertThat(createdAgain).isFalse();
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).client(client.hubId()))).contains(raised);
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).client(newHubId()))).isEmpty();
    }

    @Test
    void aSeat_setSeatAndRemoveSeat_changeItsStatus_andSeatedHubsFollow() {
        ClientAccount first = givenClient(t(0));
        ClientAccount second = givenClient(t(0));
        Email email = newEmail("ann");

        command(store -> AccessSteps.on(store).setSeat(second.hubId(), email, SeatStatus.ACTIVE, t(1)));
        command(store -> AccessSteps.on(store).setSeat(first.hubId(), email, SeatStatus.ACTIVE, t(1)));
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).seat(first.hubId(), email))).contains(SeatStatus.ACTIVE);
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).seatedHubs(email))).containsExactly(first.hubId(), second.hubId());

        command(store -> AccessSteps.on(store).setSeat(first.hubId(), email, SeatStatus.DEACTIVATED, t(2)));
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).seat(first.hubId(), email))).contains(SeatStatus.DEACTIVATED);
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).seatedHubs(email))).containsExactly(first.hubId(), second.hubId());

        command(store -> AccessSteps.on(store).setSeat(first.hubId(), email, SeatStatus.DEACTIVATED, t(3)));
        command(store -> AccessSteps.on(store).removeSeat(first.hubId(), email, t(4)));
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).seat(first.hubId(), email))).isEmpty();
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).seatedHubs(email))).containsExactly(second.hubId());

        command(store -> AccessSteps.on(store).removeSeat(first.hubId(), email, t(5)));
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).seat(first.hubId(), email))).isEmpty();
    }

    @Test
    void seatsOfUsersAndOthers_seatedUsers_answersThePartnersPresentUsersWithASeat() {
        Partner partner = givenPartner();
        ClientAccount client = givenClient(t(0));
        Email active = newEmail("ann");
        Email deactivated = newEmail("bob");
        Email removed = newEmail("cid");
        Email stranger = newEmail("dan");
        Email unseated = newEmail("eve");
        givenEmployee(partner, active, t(1));
        givenEmployee(partner, deactivated, t(1));
        givenEmployee(partner, removed, t(1));
        givenEmployee(partner, unseated, t(1));
        command(store -> AccessSteps.on(store).setSeat(client.hubId(), active, SeatStatus.ACTIVE, t(2))
                .thenCompose(x -> AccessSteps.on(store).setSeat(client.hubId(), deactivated, SeatStatus.DEACTIVATED, t(2)))
                .thenCompose(x -> AccessSteps.on(store).setSeat(client.hubId(), removed, SeatStatus.ACTIVE, t(2)))
                .thenCompose(x -> AccessSteps.on(store).setSeat(client.hubId(), stranger, SeatStatus.ACTIVE, t(2)))
                .thenCompose(x -> AccessSteps.on(store).removePartnerUser(partner.id(), removed, t(3))));

        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).seatedUsers(partner.id(), client.hubId())))
                .containsExactlyInAnyOrder(active, deactivated);
    }

    @Test
    void anAssignment_assignIsIdempotent_andUnassignEndsIt() {
        Partner partner = givenPartner();
        ClientAccount first = givenClient(t(0));
        ClientAccount second = givenClient(t(0));
        Email ann = newEmail("ann");
        Email bob = newEmail("bob");
        givenEmployee(partner, ann, t(1));
        givenEmployee(partner, bob, t(1));

        command(store -> AccessSteps.on(store).assign(partner.id(), ann, second.hubId(), t(2))
                .thenCompose(x -> AccessSteps.on(store).assign(partner.id(), ann, first.hubId(), t(2)))
                .thenCompose(x -> AccessSteps.on(store).assign(partner.id(), ann, first.hubId(), t(3)))
                .thenCompose(x -> AccessSteps.on(store).assign(partner.id(), bob, first.hubId(), t(3))));

        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).assignedUsers(partner.id(), first.hubId()))).containsExactlyInAnyOrder(ann, bob);
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).assignedHubs(partner.id(), ann))).containsExactly(first.hubId(), second.hubId());

        command(store -> AccessSteps.on(store).unassign(partner.id(), ann, first.hubId(), t(4))
                .thenCompose(x -> AccessSteps.on(store).unassign(partner.id(), ann, first.hubId(), t(5))));

        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).assignedUsers(partner.id(), first.hubId()))).containsExactly(bob);
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).assignedHubs(partner.id(), ann))).containsExactly(second.hubId());
    }

    @Test
    void aUserNotPresentInThePartner_assign_fails() {
        Partner partner = givenPartner();
        ClientAccount client = givenClient(t(0));
        Email ann = newEmail("ann");
        givenEmployee(partner, ann, t(1));
        command(store -> AccessSteps.on(store).removePartnerUser(partner.id(), ann, t(2)));

        assertThatThrownBy(() -> command(store -> AccessSteps.on(store).assign(partner.id(), ann, client.hubId(), t(3))))
                .isInstanceOf(RuntimeException.class);
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).assignedHubs(partner.id(), ann))).isEmpty();
    }

    @Test
    void aWorkThatFails_theCommand_failsWithItsException_andChangesNothing() {
        Partner partner = givenPartner();
        ClientAccount client = givenClient(t(0));
        Email ann = newEmail("ann");
        IllegalStateException refusal = new IllegalStateException("refused by the work");

        assertThatThrownBy(() -> command(store -> AccessSteps.on(store).setSeat(client.hubId(), ann, SeatStatus.ACTIVE, t(1))
                .thenCompose(x -> AccessSteps.on(store).addPartnerUser(new PartnerUser(partner.id(), ann, "Ann", PartnerUserKind.EMPLOYEE), t(1)))
                .thenCompose(x -> CompletableFuture.<Void>failedFuture(refusal))))
                .isSameAs(refusal);
        assertThatThrownBy(() -> command(store -> {
            throw refusal;
        })).isSameAs(refusal);

        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).seat(client.hubId(), ann))).isEmpty();
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).partnerUser(partner.id(), ann))).isEmpty();
    }

    @Test
    void activitiesWithAssets_assetIds_answersTheUsersDistinctAssetsSorted() {
        ClientAccount client = givenClient(t(0));
        ClientAccount other = givenClient(t(0));
        Email ann = newEmail("ann");
        Email bob = newEmail("bob");
        givenActivities(
                new RecordedActivity(activity(newActivityId(), client.hubId(), ann, t(1), "post-9"), true, List.of()),
                new RecordedActivity(activity(newActivityId(), client.hubId(), ann, t(2), "form-2"), true, List.of()),
                new RecordedActivity(activity(newActivityId(), client.hubId(), ann, t(3), "post-9"), true, List.of()),
                new RecordedActivity(activity(newActivityId(), client.hubId(), ann, t(3), null), true, List.of()),
                new RecordedActivity(activity(newActivityId(), client.hubId(), bob, t(3), "bob-1"), true, List.of()),
                new RecordedActivity(activity(newActivityId(), other.hubId(), ann, t(3), "elsewhere"), true, List.of()));

        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).assetIds(client.hubId(), ann))).containsExactly("form-2", "post-9");
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).assetIds(client.hubId(), newEmail("nobody")))).isEmpty();
    }

    @Test
    void activitiesAroundAnInstant_activitiesFrom_answersTheClientsOnesAtOrAfterIt_oldestFirst_withAttributions() {
        Partner acme = givenPartner();
        ClientAccount client = givenClient(t(0));
        ClientAccount other = givenClient(t(0));
        Email ann = newEmail("ann");
        RecordedActivity before = recorded(client.hubId(), ann, t(2), acme.id());
        RecordedActivity atTheInstant = recorded(client.hubId(), ann, t(3));
        RecordedActivity later = recorded(client.hubId(), ann, t(5), acme.id());
        RecordedActivity soon = recorded(client.hubId(), ann, t(4));
        RecordedActivity elsewhere = recorded(other.hubId(), ann, t(5));
        givenActivities(before, atTheInstant, later, soon, elsewhere);

        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).activitiesFrom(client.hubId(), t(3))))
                .containsExactly(atTheInstant, soon, later);
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).activitiesFrom(client.hubId(), t(5)))).containsExactly(later);
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).activitiesFrom(client.hubId(), t(6)))).isEmpty();
    }

    @Test
    void activitiesOfSeveralTools_activitiesOfToolFrom_answersEveryClientsOnesOfThatTool_oldestFirst() {
        ClientAccount client = givenClient(t(0));
        ClientAccount other = givenClient(t(0));
        Email ann = newEmail("ann");
        String tool = "TOOL_" + next();
        String otherTool = "TOOL_" + next();
        RecordedActivity before = recordedOf(tool, client.hubId(), ann, t(2));
        RecordedActivity here = recordedOf(tool, client.hubId(), ann, t(4));
        RecordedActivity there = recordedOf(tool, other.hubId(), ann, t(3));
        RecordedActivity ofTheOtherTool = recordedOf(otherTool, client.hubId(), ann, t(5));
        givenActivities(before, here, there, ofTheOtherTool);

        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).activitiesOfToolFrom(tool, t(3)))).containsExactly(there, here);
        assertThat(command((AccessCommandPort store) -> AccessSteps.on(store).activitiesOfToolFrom(otherTool, t(3))))
                .containsExactly(ofTheOtherTool);
    }

    private static RecordedActivity recordedOf(String tool, HubId hubId, Email email, Instant at) {
        return new RecordedActivity(new Activity(newActivityId(), hubId, email, tool, "CREATE", at, null), false,
                List.of());
    }

    @Test
    void aCatalogueChangeInACommand_theSnapshot_seesIt_andTheCataloguePortAfterCommit() {
        String tool = "TOOL_" + next();
        QualifyingActions first = new QualifyingActions(tool, Set.of("CREATE"), t(3));
        QualifyingActions second = new QualifyingActions(tool, Set.of("CREATE", "EDIT"), t(5));
        QualifyingActions replaced = new QualifyingActions(tool, Set.of("EDIT"), t(5));

        command(store -> AccessSteps.on(store).saveQualifyingActions(first));
        command(store -> AccessSteps.on(store).saveQualifyingActions(replaced)
                .thenCompose(saved -> AccessSteps.on(store).saveQualifyingActions(second))
                .thenCompose(saved -> AccessSteps.on(store).qualifyingCatalogue())
                .thenApply(catalogue -> {
                    assertThat(catalogue.qualifies(tool, "EDIT", t(5))).isTrue();
                    assertThat(catalogue.qualifies(tool, "CREATE", t(5))).isTrue();
                    assertThat(catalogue.qualifies(tool, "EDIT", t(4))).isFalse();
                    assertThat(catalogue.qualifies(tool, "CREATE", t(4))).isTrue();
                    return catalogue;
                }));

        assertThat(await(ports().catalogue().catalogue()).qualifies(tool, "EDIT", t(5))).isTrue();
        assertThat(await(ports().catalogue().catalogue()).entries()).filteredOn(entry -> entry.tool().equals(tool))
                .containsExactly(first, second);
    }

    @Test
    void anAttributedActivity_reattribute_replacesItsPartners_inTheLedgerAndTheCreditFacts() {
        Partner acme = givenPartner();
        Partner beta = givenPartner();
        ClientAccount client = givenClient(t(0));
        Email ann = newEmail("ann");
        givenEmployee(acme, ann, t(1));
        givenPartnerUser(beta, ann, PartnerUserKind.CONTRACTOR, t(1));
        command(store -> AccessSteps.on(store).assign(acme.id(), ann, client.hubId(), t(1))
                .thenCompose(x -> AccessSteps.on(store).assign(beta.id(), ann, client.hubId(), t(1))));
        RecordedActivity activity = recorded(client.hubId(), ann, t(4), acme.id());
        givenActivities(activity);

        command(store -> AccessSteps.on(store).reattribute(activity, true, List.of(beta.id())));

        RecordedActivity stored = command((AccessCommandPort store) -> AccessSteps.on(store).activitiesFrom(client.hubId(), t(3))).get(0);
        assertThat(stored.attributedTo()).containsExactly(beta.id());
        ClientFacts facts = await(ports().breakdowns().clientFacts(acme.id(), client.hubId(), t(5))).orElseThrow();
        assertThat(facts.relationshipOf(acme.id()).lastAttributed()).isEmpty();
        assertThat(facts.othersServicing()).containsExactly(beta.id());
        assertThat(await(ports().breakdowns().clientFacts(beta.id(), client.hubId(), t(5))).orElseThrow()
                .relationshipOf(beta.id()).lastAttributed().map(AttributedActivity::activityId))
                .contains(activity.activity().id());

        command(store -> AccessSteps.on(store).reattribute(stored, false, List.of()));

        RecordedActivity rejudged = command((AccessCommandPort store) -> AccessSteps.on(store).activitiesFrom(client.hubId(), t(3))).get(0);
        assertThat(rejudged.attributedTo()).isEmpty();
        assertThat(rejudged.qualifies()).isFalse();
        ClientFacts none = await(ports().breakdowns().clientFacts(beta.id(), client.hubId(), t(5))).orElseThrow();
        assertThat(none.relationshipOf(beta.id()).lastAttributed()).isEmpty();
        assertThat(await(ports().breakdowns().clientFacts(acme.id(), client.hubId(), t(5))).orElseThrow()
                .othersServicing()).isEmpty();
    }

    /**
     * Two commands, each removing one of the partner's last two seats and ending the relationship when none of the
     * partner's users is left seated: run one after the other, exactly one of them sees the last seat go. Each
     * reads, then pauses, then writes, so two commands that were not serialised would both see the other's seat.
     */
    @Test
    void twoConcurrentCommandsEachRemovingOneOfTheLastTwoSeats_theRelationship_ends() {
        Partner partner = givenPartner();
        ClientAccount client = givenClient(t(0));
        Email ann = newEmail("ann");
        Email bob = newEmail("bob");
        givenEmployee(partner, ann, t(1));
        givenEmployee(partner, bob, t(1));
        command(store -> AccessSteps.on(store).setSeat(client.hubId(), ann, SeatStatus.ACTIVE, t(2))
                .thenCompose(x -> AccessSteps.on(store).setSeat(client.hubId(), bob, SeatStatus.ACTIVE, t(2))));

        CompletionStage<Boolean> first = ports().commands().inTransaction(store -> removeSeat(store, partner, client.hubId(), ann, t(3)));
        CompletionStage<Boolean> second = ports().commands().inTransaction(store -> removeSeat(store, partner, client.hubId(), bob, t(3)));

        assertThat(List.of(await(first), await(second))).containsExactlyInAnyOrder(true, false);
        assertThat(await(ports().breakdowns().clientFacts(partner.id(), client.hubId(), t(4))))
                .hasValueSatisfying(facts -> assertThat(facts.relationshipOf(partner.id()).lastEnd())
                        .contains(new RelationshipEnd(partner.id(), client.hubId(), t(3), EndReason.USERS_REMOVED_FROM_CLIENT)));
    }

    /** Answers whether this removal ended the relationship. */
    private static CompletionStage<Boolean> removeSeat(AccessCommandPort store, Partner partner, HubId hubId, Email email, Instant at) {
        return AccessSteps.on(store).seatedUsers(partner.id(), hubId)
                .thenCompose(before -> pause().thenCompose(x -> AccessSteps.on(store).removeSeat(hubId, email, at))
                        .thenCompose(x -> AccessSteps.on(store).seatedUsers(partner.id(), hubId))
                        .thenCompose(after -> {
                            Optional<EndReason> end = ImmediateEndPolicy.afterSeatRemoved(before.contains(email), after);
                            return end.isEmpty()
                                    ? done(false)
                                    : AccessSteps.on(store).recordEnd(new RelationshipEnd(partner.id(), hubId, at, end.get()))
                                            .thenApply(x -> true);
                        }));
    }

    private static CompletionStage<Void> pause() {
        return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS));
    }

    @Test
    void endsRecorded_theLatestAtOrBeforeT_isTheOneInTheFacts() {
        Partner partner = givenPartner();
        ClientAccount client = givenClient(t(0));
        RelationshipEnd early = new RelationshipEnd(partner.id(), client.hubId(), t(2), EndReason.USERS_REMOVED_FROM_CLIENT);
        RelationshipEnd late = new RelationshipEnd(partner.id(), client.hubId(), t(5), EndReason.USERS_REMOVED_FROM_PARTNER);
        command(store -> AccessSteps.on(store).recordEnd(late).thenCompose(x -> AccessSteps.on(store).recordEnd(early)));

        assertThat(lastEnd(partner, client, t(1))).isEmpty();
        assertThat(lastEnd(partner, client, t(2))).contains(early);
        assertThat(lastEnd(partner, client, t(4))).contains(early);
        assertThat(lastEnd(partner, client, t(9))).contains(late);
    }

    private Optional<RelationshipEnd> lastEnd(Partner partner, ClientAccount client, Instant t) {
        return await(ports().breakdowns().clientFacts(partner.id(), client.hubId(), t)).orElseThrow()
                .relationshipOf(partner.id()).lastEnd();
    }
}
