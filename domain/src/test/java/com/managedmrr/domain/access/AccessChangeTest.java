package com.managedmrr.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.managedmrr.domain.audit.AuditEffect;
import com.managedmrr.domain.credit.AheadOfClockPolicy;
import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.credit.QualifyingCatalogue;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.DomainException.FieldError;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.store.RecordedActivity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The access rules decided on a snapshot, without any store: docs/rules.md §3 (assignment, Add employees and Link
 * clients), §5 (immediate ends), §9 (automatic assignment) and §4.2/§4.4 (pending activities judged anew).
 */
class AccessChangeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Actor ADMIN = Actor.admin(Email.of("admin@acme.example"));
    private static final PartnerId ACME = PartnerId.of("acme");
    private static final PartnerId BETA = PartnerId.of("beta");
    private static final HubId GLOBEX = HubId.of(501);
    private static final HubId INITECH = HubId.of(502);
    private static final Email ANN = Email.of("ann@acme.example");
    private static final Email BOB = Email.of("bob@acme.example");
    private static final Email CAT = Email.of("cat@freelance.example");

    /** A snapshot built fact by fact; Acme (acme.example) and Globex exist unless told otherwise. */
    private static final class World {
        Optional<Partner> partner = Optional.of(new Partner(ACME, "Acme", List.of("acme.example")));
        Map<HubId, ClientAccount> clients = Map.of(GLOBEX, new ClientAccount(GLOBEX, "Globex", CurrencyCode.of("USD"),
                BigDecimal.TEN, false));
        final List<PartnerUser> users = new ArrayList<>();
        final List<Seat> seats = new ArrayList<>();
        final List<Assignment> assignments = new ArrayList<>();
        final List<RecordedActivity> pending = new ArrayList<>();
        QualifyingCatalogue catalogue = new QualifyingCatalogue(List.of(
                new QualifyingActions("BLOG", Set.of("PUBLISH"), Instant.EPOCH)));

        World employee(PartnerId partnerId, Email email) {
            users.add(new PartnerUser(partnerId, email, "E " + email.value(), PartnerUserKind.EMPLOYEE));
            return this;
        }

        World contractor(PartnerId partnerId, Email email) {
            users.add(new PartnerUser(partnerId, email, "C " + email.value(), PartnerUserKind.CONTRACTOR));
            return this;
        }

        World seat(HubId hubId, Email email, SeatStatus status) {
            seats.add(new Seat(hubId, email, status));
            return this;
        }

        World assigned(PartnerId partnerId, Email email, HubId hubId) {
            assignments.add(new Assignment(partnerId, email, hubId));
            return this;
        }

        World pending(RecordedActivity activity) {
            pending.add(activity);
            return this;
        }

        World noPartner() {
            partner = Optional.empty();
            return this;
        }

        World noClient() {
            clients = Map.of();
            return this;
        }

        AccessChange change() {
            return new AccessChange(new AccessSnapshot(partner, clients, Set.of(GLOBEX, INITECH), users, seats,
                    assignments, pending, catalogue, List.of("asset-1")), NOW);
        }
    }

    private static World world() {
        return new World();
    }

    private static List<String> effects(AccessChange change) {
        return change.auditEntry().effects().stream().map(AuditEffect::text).toList();
    }

    private static RecordedActivity publishedAhead(Email email, boolean qualifies, PartnerId... attributedTo) {
        return new RecordedActivity(new Activity(ActivityId.of("evt-" + email.value()), GLOBEX, email, "BLOG",
                "PUBLISH", NOW.plusSeconds(60), null), qualifies, List.of(attributedTo));
    }

    // refusals: each changes nothing

    private record Refusal(String situation, World world, Consumer<AccessChange> command, String code) {
    }

    @TestFactory
    Stream<DynamicTest> everyRefusal_carriesItsCode() {
        return Stream.of(
                new Refusal("addEmployees_unknownPartner", world().noPartner(),
                        c -> c.addEmployees(ADMIN, ACME, GLOBEX, List.of(ANN)), "PARTNER_NOT_FOUND"),
                new Refusal("addEmployees_unknownClient", world().noClient().employee(ACME, ANN),
                        c -> c.addEmployees(ADMIN, ACME, GLOBEX, List.of(ANN)), "CLIENT_NOT_FOUND"),
                new Refusal("addEmployees_aContractor", world().contractor(ACME, CAT),
                        c -> c.addEmployees(ADMIN, ACME, GLOBEX, List.of(CAT)), "NOT_AN_EMPLOYEE"),
                new Refusal("linkClient_anEmployee", world().employee(ACME, ANN).seat(GLOBEX, ANN, SeatStatus.ACTIVE),
                        c -> c.linkClient(ADMIN, ACME, GLOBEX, ANN), "NOT_A_CONTRACTOR"),
                new Refusal("linkClient_aContractorWithoutASeat", world().contractor(ACME, CAT),
                        c -> c.linkClient(ADMIN, ACME, GLOBEX, CAT), "CONTRACTOR_NOT_A_CLIENT_USER"),
                new Refusal("linkClient_anUnknownHubId_likeAClientWithoutTheContractor",
                        world().noClient().contractor(ACME, CAT),
                        c -> c.linkClient(ADMIN, ACME, GLOBEX, CAT), "CONTRACTOR_NOT_A_CLIENT_USER"),
                new Refusal("linkClient_anAbsentUser", world(),
                        c -> c.linkClient(ADMIN, ACME, GLOBEX, CAT), "PARTNER_USER_NOT_FOUND"),
                new Refusal("unassign_unknownClient", world().noClient().employee(ACME, ANN),
                        c -> c.unassign(ADMIN, ACME, GLOBEX, ANN), "CLIENT_NOT_FOUND"),
                new Refusal("reactivate_withoutASeat", world().employee(ACME, ANN),
                        c -> c.reactivate(ADMIN, ACME, GLOBEX, ANN), "NOT_A_CLIENT_USER"),
                new Refusal("removeStaff_anAbsentUser", world(),
                        c -> c.removeStaff(ADMIN, ACME, GLOBEX, ANN), "PARTNER_USER_NOT_FOUND"),
                new Refusal("setSeat_unknownClient", world().noClient(),
                        c -> c.setSeat(ADMIN, GLOBEX, ANN, SeatStatus.ACTIVE), "CLIENT_NOT_FOUND"),
                new Refusal("removeSeat_withoutASeat", world(),
                        c -> c.removeSeat(ADMIN, GLOBEX, ANN), "CLIENT_USER_NOT_FOUND"),
                new Refusal("upsertPartnerUser_anEmployeeOutsideThePartnersDomains", world(),
                        c -> c.upsertPartnerUser(ADMIN, new PartnerUser(ACME, CAT, "Cat", PartnerUserKind.EMPLOYEE)),
                        "EMPLOYEE_DOMAIN_MISMATCH"),
                new Refusal("removePartnerUser_unknownPartner", world().noPartner(),
                        c -> c.removePartnerUser(ADMIN, ACME, ANN), "PARTNER_NOT_FOUND"))
                .map(refusal -> DynamicTest.dynamicTest(refusal.situation() + "_isRefused_" + refusal.code(), () -> {
                    AccessChange change = refusal.world().change();
                    assertThatThrownBy(() -> refusal.command().accept(change))
                            .isInstanceOfSatisfying(DomainException.class,
                                    e -> assertThat(e.code()).isEqualTo(refusal.code()));
                    assertThat(change.changes().isEmpty()).isTrue();
                }));
    }

    @Test
    void addEmployeesNamingAContractorAndAStranger_isRefused_withEveryOffendingEmail() {
        AccessChange change = world().employee(ACME, ANN).contractor(ACME, CAT).change();

        assertThatThrownBy(() -> change.addEmployees(ADMIN, ACME, GLOBEX, List.of(ANN, CAT, BOB)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors()).containsExactly(
                        new FieldError("emails[1]", "cat@freelance.example is a contractor, not an employee"),
                        new FieldError("emails[2]", "bob@acme.example is not a user of partner 'acme'")));
    }

    // Add employees, Link clients, automatic assignment (docs/rules.md §3, §9)

    @Test
    void addEmployeesWithoutASeat_assignsAddsAnActiveSeat_andAssignsTheOtherPartnerEmployingTheEmail() {
        AccessChange change = world().employee(ACME, ANN).employee(BETA, ANN).contractor(ACME, BOB)
                .employee(ACME, BOB).change();

        AccessChange.EmployeesAdded added = change.addEmployees(ADMIN, ACME, GLOBEX, List.of(ANN));

        assertThat(added.assigned()).containsExactly(ANN);
        assertThat(added.seatsAdded()).containsExactly(ANN);
        AccessChanges changes = change.changes();
        assertThat(changes.seatsOpened()).containsExactly(new Seat(GLOBEX, ANN, SeatStatus.ACTIVE));
        assertThat(changes.assignmentsOpened()).containsExactly(new Assignment(ACME, ANN, GLOBEX),
                new Assignment(BETA, ANN, GLOBEX));
        assertThat(effects(change)).containsExactly("assigned ann@acme.example to 501",
                "added ann@acme.example to client account 501 as ACTIVE",
                "assigned ann@acme.example to 501 automatically");
        assertThat(change.auditEntry().email()).contains(ANN);
    }

    @Test
    void addEmployeesAlreadyAssignedAndSeated_changesNothing() {
        AccessChange change = world().employee(ACME, ANN).seat(GLOBEX, ANN, SeatStatus.DEACTIVATED)
                .assigned(ACME, ANN, GLOBEX).change();

        AccessChange.EmployeesAdded added = change.addEmployees(ADMIN, ACME, GLOBEX, List.of(ANN));

        assertThat(added.assigned()).isEmpty();
        assertThat(added.seatsAdded()).isEmpty();
        assertThat(change.changes().isEmpty()).isTrue();
        assertThat(effects(change)).containsExactly("changed nothing");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "notAssignedYet, false, true",
            "alreadyAssigned, true, false"})
    void linkClientOfASeatedContractor_assignsOnce(String situation, boolean assignedBefore, boolean newly) {
        World world = world().contractor(ACME, CAT).seat(GLOBEX, CAT, SeatStatus.DEACTIVATED);
        if (assignedBefore) {
            world.assigned(ACME, CAT, GLOBEX);
        }
        AccessChange change = world.change();

        assertThat(change.linkClient(ADMIN, ACME, GLOBEX, CAT)).isEqualTo(newly);
        assertThat(change.changes().assignmentsOpened()).hasSize(newly ? 1 : 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ACTIVE, true",
            "DEACTIVATED, true"})
    void aSeatAppearing_assignsThePartnersEmployingTheEmail_notThoseContractingIt(SeatStatus status, boolean added) {
        AccessChange change = world().employee(ACME, ANN).contractor(BETA, ANN).change();

        assertThat(change.setSeat(Actor.internalSystem(), GLOBEX, ANN, status)).isEqualTo(added);

        assertThat(change.changes().assignmentsOpened()).containsExactly(new Assignment(ACME, ANN, GLOBEX));
        assertThat(change.auditEntry().partnerId()).isEmpty();
    }

    @Test
    void aSeatChangingStatus_closesAndOpensItsPeriod_andNeverAssigns() {
        AccessChange change = world().employee(ACME, ANN).seat(GLOBEX, ANN, SeatStatus.ACTIVE).change();

        assertThat(change.setSeat(Actor.internalSystem(), GLOBEX, ANN, SeatStatus.DEACTIVATED)).isFalse();

        AccessChanges changes = change.changes();
        assertThat(changes.seatsClosed()).containsExactly(new Seat(GLOBEX, ANN, SeatStatus.ACTIVE));
        assertThat(changes.seatsOpened()).containsExactly(new Seat(GLOBEX, ANN, SeatStatus.DEACTIVATED));
        assertThat(changes.assignmentsOpened()).isEmpty();
        assertThat(effects(change)).containsExactly(
                "changed the seat of ann@acme.example in client account 501 from ACTIVE to DEACTIVATED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "EMPLOYEE, 2",
            "CONTRACTOR, 0"})
    void aUserJoiningThePartner_isAssignedToTheirSeatedClients_onlyAsAnEmployee(PartnerUserKind kind, int assigned) {
        AccessChange change = world().seat(GLOBEX, ANN, SeatStatus.ACTIVE).seat(INITECH, ANN, SeatStatus.DEACTIVATED)
                .change();

        assertThat(change.upsertPartnerUser(ADMIN, new PartnerUser(ACME, ANN, "Ann", kind))).isTrue();

        assertThat(change.changes().usersAdded()).hasSize(1);
        assertThat(change.changes().assignmentsOpened()).hasSize(assigned);
    }

    @Test
    void aPresentUserUpdated_isNeverAssigned() {
        AccessChange change = world().employee(ACME, ANN).seat(GLOBEX, ANN, SeatStatus.ACTIVE).change();

        assertThat(change.upsertPartnerUser(ADMIN, new PartnerUser(ACME, ANN, "Ann Lee", PartnerUserKind.EMPLOYEE)))
                .isFalse();

        assertThat(change.changes().usersUpdated()).hasSize(1);
        assertThat(change.changes().assignmentsOpened()).isEmpty();
        assertThat(effects(change)).containsExactly("updated ann@acme.example: EMPLOYEE 'Ann Lee'");
    }

    // immediate ends (docs/rules.md §5)

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "theLastSeatedUser, false, true",
            "anotherUserStillSeated, true, false"})
    void removeStaff_endsTheRelationship_onlyWhenNoneOfThePartnersUsersIsSeated(String situation, boolean bobSeated,
                                                                               boolean ends) {
        World world = world().employee(ACME, ANN).employee(ACME, BOB).seat(GLOBEX, ANN, SeatStatus.ACTIVE)
                .assigned(ACME, ANN, GLOBEX);
        if (bobSeated) {
            world.seat(GLOBEX, BOB, SeatStatus.DEACTIVATED);
        }
        AccessChange change = world.change();

        assertThat(change.removeStaff(ADMIN, ACME, GLOBEX, ANN)).isEqualTo(ends);

        AccessChanges changes = change.changes();
        assertThat(changes.seatsClosed()).containsExactly(new Seat(GLOBEX, ANN, SeatStatus.ACTIVE));
        assertThat(changes.assignmentsClosed()).containsExactly(new Assignment(ACME, ANN, GLOBEX));
        assertThat(changes.ends()).hasSize(ends ? 1 : 0);
    }

    @Test
    void aClientRemovingASeat_endsEveryPartnerWhoseLastSeatedUserItWas_andKeepsAssignments() {
        AccessChange change = world().employee(ACME, ANN).contractor(BETA, ANN).employee(BETA, BOB)
                .seat(GLOBEX, ANN, SeatStatus.ACTIVE).seat(GLOBEX, BOB, SeatStatus.ACTIVE)
                .assigned(ACME, ANN, GLOBEX).change();

        change.removeSeat(Actor.internalSystem(), GLOBEX, ANN);

        AccessChanges changes = change.changes();
        assertThat(changes.ends()).containsExactly(
                new RelationshipEnd(ACME, GLOBEX, NOW, EndReason.USERS_REMOVED_FROM_CLIENT));
        assertThat(changes.assignmentsClosed()).isEmpty();
        assertThat(effects(change)).containsExactly("removed ann@acme.example from client account 501",
                "ended the managed relationship with 501 (USERS_REMOVED_FROM_CLIENT)");
        assertThat(change.auditEntry().partners()).containsExactly(ACME);
    }

    @Test
    void removingAPartnerUser_unassignsEverywhere_andEndsWhereNobodyOfThePartnerIsAssigned() {
        AccessChange change = world().employee(ACME, ANN).employee(ACME, BOB)
                .assigned(ACME, ANN, GLOBEX).assigned(ACME, ANN, INITECH).assigned(ACME, BOB, INITECH).change();

        change.removePartnerUser(ADMIN, ACME, ANN);

        AccessChanges changes = change.changes();
        assertThat(changes.usersRemoved()).extracting(PartnerUser::email).containsExactly(ANN);
        assertThat(changes.assignmentsClosed()).containsExactlyInAnyOrder(new Assignment(ACME, ANN, GLOBEX),
                new Assignment(ACME, ANN, INITECH));
        assertThat(changes.ends()).containsExactly(
                new RelationshipEnd(ACME, GLOBEX, NOW, EndReason.USERS_REMOVED_FROM_PARTNER));
        assertThat(effects(change)).containsExactly("unassigned ann@acme.example from 501",
                "unassigned ann@acme.example from 502", "removed ann@acme.example from the partner account",
                "ended the managed relationship with 501 (USERS_REMOVED_FROM_PARTNER)");
    }

    @Test
    void unassigning_endsTheAssignmentOnly() {
        AccessChange change = world().employee(ACME, ANN).seat(GLOBEX, ANN, SeatStatus.ACTIVE)
                .assigned(ACME, ANN, GLOBEX).change();

        change.unassign(ADMIN, ACME, GLOBEX, ANN);

        assertThat(change.changes().assignmentsClosed()).containsExactly(new Assignment(ACME, ANN, GLOBEX));
        assertThat(change.changes().ends()).isEmpty();
        assertThat(change.changes().seatsClosed()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "theOnlySeatedUser, false, true",
            "withAnotherSeated, true, false"})
    void reviewingARemoval_tellsWhetherItWouldEndTheRelationship(String situation, boolean bobSeated, boolean ends) {
        World world = world().employee(ACME, ANN).employee(ACME, BOB).seat(GLOBEX, ANN, SeatStatus.ACTIVE);
        if (bobSeated) {
            world.seat(GLOBEX, BOB, SeatStatus.ACTIVE);
        }

        RemovalReview review = world.change().reviewRemoval(ACME, GLOBEX, ANN);

        assertThat(review.endsManagedRelationship()).isEqualTo(ends);
        assertThat(review.lostAccessHubIds()).containsExactly(GLOBEX);
        assertThat(review.affectedAssetIds()).containsExactly("asset-1");
    }

    // activities received ahead of the clock (docs/rules.md §4.2, §4.4)

    @Test
    void linkingAContractor_attributesTheirPendingActivityToThePartner() {
        RecordedActivity ahead = publishedAhead(CAT, true);
        AccessChange change = world().contractor(ACME, CAT).seat(GLOBEX, CAT, SeatStatus.ACTIVE).pending(ahead)
                .change();

        change.linkClient(ADMIN, ACME, GLOBEX, CAT);

        assertThat(change.changes().rejudged()).containsExactly(new Rejudgement(ahead, true, List.of(ACME)));
    }

    @Test
    void unassigning_takesThePendingActivityFromThePartner() {
        RecordedActivity ahead = publishedAhead(ANN, true, ACME);
        AccessChange change = world().employee(ACME, ANN).seat(GLOBEX, ANN, SeatStatus.ACTIVE)
                .assigned(ACME, ANN, GLOBEX).pending(ahead).change();

        change.unassign(ADMIN, ACME, GLOBEX, ANN);

        assertThat(change.changes().rejudged()).containsExactly(new Rejudgement(ahead, true, List.of()));
    }

    @Test
    void aPendingActivityJudgedAlikeAgain_isNotRewritten() {
        RecordedActivity ahead = publishedAhead(ANN, true, ACME);
        AccessChange change = world().employee(ACME, ANN).seat(GLOBEX, ANN, SeatStatus.ACTIVE)
                .assigned(ACME, ANN, GLOBEX).pending(ahead).change();

        change.reactivate(ADMIN, ACME, GLOBEX, ANN);

        assertThat(change.changes().rejudged()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "PUBLISH, true, false",
            "CREATE, false, true"})
    void aCatalogueChange_judgesTheToolsPendingActivitiesAgain(String action, boolean qualifiesBefore,
                                                               boolean qualifiesAfter) {
        RecordedActivity ahead = new RecordedActivity(new Activity(ActivityId.of("evt-1"), GLOBEX, ANN, "BLOG",
                action, NOW.plusSeconds(60), null), qualifiesBefore, qualifiesBefore ? List.of(ACME) : List.of());
        AccessChange change = world().employee(ACME, ANN).seat(GLOBEX, ANN, SeatStatus.ACTIVE)
                .assigned(ACME, ANN, GLOBEX).pending(ahead).change();

        boolean created = change.setQualifyingActions(ADMIN, new QualifyingActions("BLOG", Set.of("CREATE"), NOW));

        assertThat(created).isFalse();
        assertThat(change.changes().rejudged()).containsExactly(new Rejudgement(ahead, qualifiesAfter,
                qualifiesAfter ? List.of(ACME) : List.of()));
        assertThat(effects(change)).containsExactly("set the qualifying actions of BLOG from [PUBLISH] to [CREATE]"
                + " effective 2026-12-01T10:00:00Z");
    }

    @ParameterizedTest(name = "{0} ahead")
    @CsvSource({
            "PT0S, false",
            "PT5M, false",
            "PT5M0.000001S, true",
            "-PT1H, false"})
    void anActivityDatedMoreThanFiveMinutesAheadOfTheClock_isTooFarAhead(Duration ahead, boolean tooFar) {
        assertThat(AheadOfClockPolicy.tooFarAhead(NOW.plus(ahead), NOW)).isEqualTo(tooFar);
    }
}
