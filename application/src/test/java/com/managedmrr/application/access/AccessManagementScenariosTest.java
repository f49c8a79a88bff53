package com.managedmrr.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.managedmrr.application.testing.Scenario;
import com.managedmrr.domain.access.RemovalReview;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.DomainException.FieldError;
import com.managedmrr.domain.model.DomainException.Kind;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.SeatStatus;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** docs/rules.md §3, §5 and §9: how assignments and seats come and go, and what each action refuses. */
class AccessManagementScenariosTest {

    private Scenario s;

    @BeforeEach
    void setUp() {
        s = new Scenario();
        s.partner("a", "a.example").partner("b", "b.example");
        s.client(501, "USD", "1000.00").client(502, "JPY", "50000");
    }

    private static void assertRefused(ThrowingCallable action, Kind kind, String code) {
        assertThatThrownBy(action).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    // automatic assignment

    @Test
    void employeeAddedWhileSeated_isAssignedToEveryClientWithTheSeat() {
        s.seat(501, "ann@a.example");
        s.seat(502, "ann@a.example", SeatStatus.DEACTIVATED);

        assertThat(s.employee("a", "ann@a.example")).isTrue();

        assertThat(s.assignedHubs("a", "ann@a.example")).containsExactly(HubId.of(501), HubId.of(502));
    }

    @Test
    void seatAddedLater_assignsTheEmployeeInEveryPartnerEmployingIt() {
        s.partner("c", "a.example");
        s.employee("a", "ann@a.example");
        s.employee("c", "ann@a.example");

        assertThat(s.seat(501, "ann@a.example")).isTrue();

        assertThat(s.assignedHubs("a", "ann@a.example")).containsExactly(HubId.of(501));
        assertThat(s.assignedHubs("c", "ann@a.example")).containsExactly(HubId.of(501));
    }

    @Test
    void contractor_isNeverAssignedAutomatically() {
        s.seat(501, "cat@freelance.example");
        s.contractor("a", "cat@freelance.example");
        s.seat(502, "cat@freelance.example");

        assertThat(s.assignedHubs("a", "cat@freelance.example")).isEmpty();
    }

    @Test
    void unassign_standsThroughStatusChangesAndUpdates_untilTheNextSeatOrJoiningEvent() {
        s.employee("a", "ann@a.example");
        s.seat(501, "ann@a.example");
        s.unassign("a", 501, "ann@a.example");

        s.seat(501, "ann@a.example", SeatStatus.DEACTIVATED);
        s.reactivate("a", 501, "ann@a.example");
        assertThat(s.employee("a", "ann@a.example")).as("an update, not an addition").isFalse();
        assertThat(s.seat(501, "ann@a.example")).as("already present").isFalse();
        assertThat(s.assignedHubs("a", "ann@a.example")).isEmpty();

        s.removeSeat(501, "ann@a.example");
        s.seat(501, "ann@a.example");
        assertThat(s.assignedHubs("a", "ann@a.example")).containsExactly(HubId.of(501));
    }

    @Test
    void employeeRemovedAndAddedAgain_isCreatedAndAssignedAgain() {
        s.employee("a", "ann@a.example");
        s.seat(501, "ann@a.example");
        s.removePartnerUser("a", "ann@a.example");
        assertThat(s.assignedHubs("a", "ann@a.example")).isEmpty();

        assertThat(s.employee("a", "ann@a.example")).isTrue();

        assertThat(s.assignedHubs("a", "ann@a.example")).containsExactly(HubId.of(501));
    }

    @Test
    void employeeOutsideThePartnersDomains_isRefused_contractorIsNot() {
        assertRefused(() -> s.employee("a", "ann@gmail.example"), Kind.REFUSED, "EMPLOYEE_DOMAIN_MISMATCH");
        assertThat(s.contractor("a", "ann@gmail.example")).isTrue();
    }

    // Add employees

    @Test
    void addEmployees_assignsEachAndSeatsThoseWithoutASeat() {
        s.employee("a", "ann@a.example");
        s.employee("a", "al@a.example");
        s.seat(501, "al@a.example", SeatStatus.DEACTIVATED);
        s.unassign("a", 501, "al@a.example");

        AddEmployeesResult result = s.addEmployees("a", 501, "ann@a.example", "al@a.example");

        assertThat(result.assigned()).containsExactly(Email.of("ann@a.example"), Email.of("al@a.example"));
        assertThat(result.seatsAdded()).containsExactly(Email.of("ann@a.example"));
        assertThat(s.assignedHubs("a", "al@a.example")).containsExactly(HubId.of(501));
        assertThat(s.reviewRemoval("a", 501, "al@a.example").lostAccessHubIds()).containsExactly(HubId.of(501));
        assertThat(s.addEmployees("a", 501, "ann@a.example").assigned()).as("already assigned").isEmpty();
    }

    @Test
    void addEmployees_seatAdded_alsoAssignsTheEmailsOtherPartners() {
        s.partner("c", "a.example");
        s.employee("a", "ann@a.example");
        s.employee("c", "ann@a.example");

        s.addEmployees("a", 501, "ann@a.example");

        assertThat(s.assignedHubs("c", "ann@a.example")).containsExactly(HubId.of(501));
    }

    @Test
    void addEmployees_withAContractorOrAnUnknownEmail_refusesTheWholeRequestAndChangesNothing() {
        s.employee("a", "ann@a.example");
        s.contractor("a", "cat@freelance.example");

        assertThatThrownBy(() -> s.addEmployees("a", 501, "ann@a.example", "cat@freelance.example", "zed@a.example"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.REFUSED);
                    assertThat(e.code()).isEqualTo("NOT_AN_EMPLOYEE");
                    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("emails[1]", "emails[2]");
                });

        assertThat(s.assignedHubs("a", "ann@a.example")).isEmpty();
        assertThat(s.reviewRemoval("a", 501, "ann@a.example").lostAccessHubIds()).as("no seat added").isEmpty();
    }

    // Link clients

    @Test
    void linkClient_contractorWithoutASeat_isRefusedWithAReason() {
        s.contractor("a", "cat@freelance.example");

        assertThatThrownBy(() -> s.linkClient("a", "cat@freelance.example", 501))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("CONTRACTOR_NOT_A_CLIENT_USER");
                    assertThat(e.getMessage()).contains("cat@freelance.example", "501", "must add them");
                });
        assertThat(s.assignedHubs("a", "cat@freelance.example")).isEmpty();
    }

    @Test
    void linkClient_contractorWithADeactivatedSeat_isAssigned() {
        s.contractor("a", "cat@freelance.example");
        s.seat(501, "cat@freelance.example", SeatStatus.DEACTIVATED);

        assertThat(s.linkClient("a", "cat@freelance.example", 501)).isTrue();
        assertThat(s.linkClient("a", "cat@freelance.example", 501)).as("already linked").isFalse();
        assertThat(s.assignedHubs("a", "cat@freelance.example")).containsExactly(HubId.of(501));
    }

    @Test
    void linkClient_anEmployee_isRefused() {
        s.employee("a", "ann@a.example");
        s.seat(501, "ann@a.example");

        assertRefused(() -> s.linkClient("a", "ann@a.example", 501), Kind.REFUSED, "NOT_A_CONTRACTOR");
    }

    // Reactivate user on client

    @Test
    void reactivate_deactivatedSeat_becomesActive_andNeverAssigns() {
        s.contractor("a", "cat@freelance.example");
        s.seat(501, "cat@freelance.example", SeatStatus.DEACTIVATED);

        assertThat(s.reactivate("a", 501, "cat@freelance.example")).isEqualTo(SeatStatus.ACTIVE);

        assertThat(s.seat(501, "cat@freelance.example", SeatStatus.ACTIVE)).as("already active, not created").isFalse();
        assertThat(s.assignedHubs("a", "cat@freelance.example")).isEmpty();
    }

    @Test
    void reactivate_withoutASeat_isRefused() {
        s.employee("a", "ann@a.example");

        assertRefused(() -> s.reactivate("a", 501, "ann@a.example"), Kind.REFUSED, "NOT_A_CLIENT_USER");
    }

    // Remove employee from client

    @Test
    void reviewRemoval_lastSeatedUser_showsLostAccessAssetsAndTheEnd() {
        s.employee("a", "ann@a.example");
        s.seat(501, "ann@a.example");
        s.activity("x-1", 501, "ann@a.example", "BLOG", "PUBLISH", s.now(), "post-9");
        s.activity("x-2", 501, "ann@a.example", "EMAIL", "EDIT", s.now(), "mail-1");
        s.activity("x-3", 501, "ann@a.example", "BLOG", "VIEW", s.now(), "post-9");
        s.activity("x-4", 502, "ann@a.example", "BLOG", "PUBLISH", s.now(), "elsewhere");

        RemovalReview review = s.reviewRemoval("a", 501, "ann@a.example");

        assertThat(review.lostAccessHubIds()).containsExactly(HubId.of(501));
        assertThat(review.affectedAssetIds()).containsExactly("mail-1", "post-9");
        assertThat(review.endsManagedRelationship()).isTrue();
    }

    @Test
    void reviewRemoval_anotherUserStillSeated_doesNotEnd() {
        s.employee("a", "ann@a.example");
        s.contractor("a", "cat@freelance.example");
        s.seat(501, "ann@a.example");
        s.seat(501, "cat@freelance.example", SeatStatus.DEACTIVATED);

        assertThat(s.reviewRemoval("a", 501, "ann@a.example").endsManagedRelationship()).isFalse();
    }

    @Test
    void reviewRemoval_userWithoutASeat_losesNothing() {
        s.employee("a", "ann@a.example");

        RemovalReview review = s.reviewRemoval("a", 501, "ann@a.example");

        assertThat(review.lostAccessHubIds()).isEmpty();
        assertThat(review.endsManagedRelationship()).isFalse();
    }

    @Test
    void removeStaff_removesSeatAndAssignment_andEndsTheOtherPartnerLeftWithoutSeatedUsers() {
        s.partner("c", "a.example");
        s.employee("a", "ann@a.example");
        s.employee("c", "ann@a.example");
        s.seat(501, "ann@a.example");

        assertThat(s.removeStaff("a", 501, "ann@a.example")).isTrue();

        assertThat(s.assignedHubs("a", "ann@a.example")).isEmpty();
        assertThat(s.assignedHubs("c", "ann@a.example")).as("C's assignment stays").containsExactly(HubId.of(501));
        assertThat(s.app.store.ends()).extracting(e -> e.partnerId().value()).containsExactly("a", "c");
    }

    // not found and other refusals

    @Test
    void unknownPartnerClientOrUser_isNotFound() {
        s.employee("a", "ann@a.example");
        assertRefused(() -> s.unassign("zz", 501, "ann@a.example"), Kind.NOT_FOUND, "PARTNER_NOT_FOUND");
        assertRefused(() -> s.unassign("a", 999, "ann@a.example"), Kind.NOT_FOUND, "CLIENT_NOT_FOUND");
        assertRefused(() -> s.unassign("a", 501, "zed@a.example"), Kind.NOT_FOUND, "PARTNER_USER_NOT_FOUND");
        assertRefused(() -> s.removeStaff("a", 501, "zed@a.example"), Kind.NOT_FOUND, "PARTNER_USER_NOT_FOUND");
        assertRefused(() -> s.reviewRemoval("a", 999, "ann@a.example"), Kind.NOT_FOUND, "CLIENT_NOT_FOUND");
        assertRefused(() -> s.removePartnerUser("a", "zed@a.example"), Kind.NOT_FOUND, "PARTNER_USER_NOT_FOUND");
        assertRefused(() -> s.employee("zz", "ann@a.example"), Kind.NOT_FOUND, "PARTNER_NOT_FOUND");
        assertRefused(() -> s.seat(999, "ann@a.example"), Kind.NOT_FOUND, "CLIENT_NOT_FOUND");
        assertRefused(() -> s.removeSeat(501, "ann@a.example"), Kind.NOT_FOUND, "CLIENT_USER_NOT_FOUND");
        assertRefused(() -> s.addEmployees("a", 999, "ann@a.example"), Kind.NOT_FOUND, "CLIENT_NOT_FOUND");
        assertRefused(() -> s.breakdown("zz"), Kind.NOT_FOUND, "PARTNER_NOT_FOUND");
        assertRefused(() -> s.explain("a", 999), Kind.NOT_FOUND, "CLIENT_NOT_FOUND");
        assertRefused(() -> Scenario.await(s.app.services.viewPartner().viewPartner(
                com.managedmrr.domain.model.PartnerId.of("zz"))), Kind.NOT_FOUND, "PARTNER_NOT_FOUND");
        assertRefused(() -> Scenario.await(s.app.services.listPartnerUsers().listPartnerUsers(
                com.managedmrr.domain.model.PartnerId.of("zz"))), Kind.NOT_FOUND, "PARTNER_NOT_FOUND");
        assertRefused(() -> Scenario.await(s.app.services.viewClient().viewClient(HubId.of(999))), Kind.NOT_FOUND,
                "CLIENT_NOT_FOUND");
        assertRefused(() -> Scenario.await(s.app.services.listClientActivities().listClientActivities(
                new com.managedmrr.application.activity.ListClientActivitiesQuery(HubId.of(999), 10))),
                Kind.NOT_FOUND, "CLIENT_NOT_FOUND");
    }

    @Test
    void clientCurrency_needsAPointUnit() {
        assertRefused(() -> s.client(503, "CHF", "10.00"), Kind.REFUSED, "CURRENCY_WITHOUT_POINT_UNIT");
        assertRefused(() -> s.client(501, "CHF", "10.00"), Kind.REFUSED, "CURRENCY_WITHOUT_POINT_UNIT");
        assertThat(Scenario.await(s.app.services.viewClient().viewClient(
                HubId.of(501))).mrr()).isEqualByComparingTo("1000.00");
    }

    @Test
    void upserts_answerCreatedThenUpdated() {
        var client = new com.managedmrr.domain.model.ClientAccount(HubId.of(510), "Acme", 
                com.managedmrr.domain.model.CurrencyCode.of("EUR"), new java.math.BigDecimal("5"), false);
        var command = new com.managedmrr.application.client.UpsertClientCommand(client);
        assertThat(Scenario.await(s.app.services.upsertClient().upsertClient(command)).created()).isTrue();
        assertThat(Scenario.await(s.app.services.upsertClient().upsertClient(command)).created()).isFalse();
        assertThat(Scenario.await(s.app.services.upsertClient().upsertClient(command)).value().mrr()).isEqualTo(
                new java.math.BigDecimal("5.00"));
        var partner = new com.managedmrr.domain.model.Partner(com.managedmrr.domain.model.PartnerId.of("new"), "New",
                List.of("new.example"));
        var upsert = new com.managedmrr.application.partner.UpsertPartnerCommand(partner);
        assertThat(Scenario.await(s.app.services.upsertPartner().upsertPartner(upsert)).created()).isTrue();
        assertThat(Scenario.await(s.app.services.upsertPartner().upsertPartner(upsert)).created()).isFalse();
    }
}
