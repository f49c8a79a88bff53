package com.managedmrr.application.audit;

import static com.managedmrr.application.testing.Scenario.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.managedmrr.application.access.AddEmployeesCommand;
import com.managedmrr.application.access.LinkClientCommand;
import com.managedmrr.application.access.ReactivateUserCommand;
import com.managedmrr.application.access.RemoveStaffCommand;
import com.managedmrr.application.access.UnassignCommand;
import com.managedmrr.application.client.RemoveClientUserCommand;
import com.managedmrr.application.client.SetClientUserCommand;
import com.managedmrr.application.client.UpsertClientCommand;
import com.managedmrr.application.partner.RemovePartnerUserCommand;
import com.managedmrr.application.partner.UpsertPartnerCommand;
import com.managedmrr.application.partner.UpsertPartnerUserCommand;
import com.managedmrr.application.testing.Scenario;
import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.audit.AuditEffect;
import com.managedmrr.domain.audit.AuditEntry;
import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.model.SeatStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Every command records exactly one audit entry, inside its transaction, with who issued it, when, on which partner,
 * client account and user, and what it did; a refused command records none; the trail shows a partner only its own
 * entries and those that changed its relationships.
 */
class AuditTrailServicesTest {

    private static final PartnerId ACME = PartnerId.of("acme");
    private static final PartnerId BETA = PartnerId.of("beta");
    private static final HubId GLOBEX = HubId.of(501);
    private static final Email ANN = Email.of("ann@acme.example");
    private static final Email FREE = Email.of("free@mail.example");
    private static final Email ADMIN = Email.of("boss@acme.example");
    private static final Actor BOSS = Actor.admin(ADMIN);

    private final Scenario s = new Scenario();

    private List<AuditEntry> entries() {
        return s.app.store.auditEntries();
    }

    /** The entries the command added: it must have added exactly one. */
    private AuditEntry onlyEntrySince(int before) {
        List<AuditEntry> added = entries().subList(before, entries().size());
        assertThat(added).as("entries recorded by one command").hasSize(1);
        return added.get(0);
    }

    private static List<String> texts(AuditEntry entry) {
        return entry.effects().stream().map(AuditEffect::text).toList();
    }

    private void givenAcmeWithAnnSeatedAndAssignedAtGlobex() {
        s.partner("acme", "acme.example").client(501, "USD", "1000.00");
        s.employee("acme", "ann@acme.example");
        s.seat(501, "ann@acme.example");
    }

    @Test
    void aPartnerUpsertByTheApi_itRecords_oneEntryByTheInternalSystem() {
        int before = entries().size();

        await(s.app.services.upsertPartner().upsertPartner(new UpsertPartnerCommand(
                new Partner(ACME, "Acme Agency", List.of("acme.example")))));

        AuditEntry entry = onlyEntrySince(before);
        assertThat(entry.actor()).isEqualTo(Actor.internalSystem());
        assertThat(entry.action()).isEqualTo(AuditAction.PARTNER_UPSERTED);
        assertThat(entry.partnerId()).contains(ACME);
        assertThat(entry.at()).isEqualTo(s.now());
        assertThat(texts(entry)).containsExactly("created partner acme 'Acme Agency' with e-mail domains [acme.example]");
    }

    @Test
    void anEmployeeAddedWhileSeated_upsertPartnerUser_recordsTheAutomaticAssignment() {
        s.partner("acme", "acme.example").client(501, "USD", "1000.00");
        s.seat(501, "ann@acme.example");
        int before = entries().size();

        await(s.app.services.upsertPartnerUser().upsertPartnerUser(new UpsertPartnerUserCommand(
                new PartnerUser(ACME, ANN, "Ann Lee", PartnerUserKind.EMPLOYEE))));

        AuditEntry entry = onlyEntrySince(before);
        assertThat(entry.action()).isEqualTo(AuditAction.PARTNER_USER_UPSERTED);
        assertThat(entry.partnerId()).contains(ACME);
        assertThat(entry.email()).contains(ANN);
        assertThat(texts(entry)).containsExactly("added ann@acme.example to the partner account as EMPLOYEE 'Ann Lee'",
                "assigned ann@acme.example to 501 automatically");
    }

    @Test
    void theLastAssignedUser_removePartnerUser_recordsTheUnassignmentAndTheEnd() {
        givenAcmeWithAnnSeatedAndAssignedAtGlobex();
        int before = entries().size();

        await(s.app.services.removePartnerUser().removePartnerUser(new RemovePartnerUserCommand(ACME, ANN, BOSS)));

        AuditEntry entry = onlyEntrySince(before);
        assertThat(entry.actor()).isEqualTo(BOSS);
        assertThat(entry.action()).isEqualTo(AuditAction.PARTNER_USER_REMOVED);
        assertThat(texts(entry)).containsExactly("unassigned ann@acme.example from 501",
                "removed ann@acme.example from the partner account",
                "ended the managed relationship with 501 (USERS_REMOVED_FROM_PARTNER)");
    }

    @Test
    void aClientUpsert_itRecords_anEntryOnNoPartner() {
        int before = entries().size();

        await(s.app.services.upsertClient().upsertClient(new UpsertClientCommand(new ClientAccount(GLOBEX, "Globex",
                CurrencyCode.of("USD"), new BigDecimal("1000.00"), false))));

        AuditEntry entry = onlyEntrySince(before);
        assertThat(entry.action()).isEqualTo(AuditAction.CLIENT_UPSERTED);
        assertThat(entry.partnerId()).isEmpty();
        assertThat(entry.hubId()).contains(GLOBEX);
        assertThat(entry.partners()).isEmpty();
        assertThat(texts(entry)).containsExactly(
                "created client account 501 'Globex': USD 1000.00 MRR from now, growth market no");
    }

    @Test
    void aSeatAddedByTheClient_setClientUser_recordsTheSeatAndThePartnersAutomaticAssignment() {
        s.partner("acme", "acme.example").client(501, "USD", "1000.00");
        s.employee("acme", "ann@acme.example");
        int before = entries().size();

        await(s.app.services.setClientUser().setClientUser(new SetClientUserCommand(GLOBEX, ANN, SeatStatus.ACTIVE)));

        AuditEntry entry = onlyEntrySince(before);
        assertThat(entry.action()).isEqualTo(AuditAction.SEAT_SET);
        assertThat(entry.partnerId()).isEmpty();
        assertThat(entry.partners()).containsExactly(ACME);
        assertThat(texts(entry)).containsExactly("added ann@acme.example to client account 501 as ACTIVE",
                "assigned ann@acme.example to 501 automatically");
    }

    @Test
    void theLastSeatOfTwoPartners_theClientsRemoval_endsBoth_andIsInBothTrails() {
        s.partner("acme", "acme.example").partner("beta", "beta.example").client(501, "USD", "1000.00");
        s.contractor("acme", "free@mail.example");
        s.contractor("beta", "free@mail.example");
        s.seat(501, "free@mail.example");
        s.linkClient("acme", "free@mail.example", 501);
        s.linkClient("beta", "free@mail.example", 501);
        int before = entries().size();

        await(s.app.services.removeClientUser().removeClientUser(new RemoveClientUserCommand(GLOBEX, FREE)));

        AuditEntry entry = onlyEntrySince(before);
        assertThat(entry.action()).isEqualTo(AuditAction.SEAT_REMOVED);
        assertThat(entry.partners()).containsExactlyInAnyOrder(ACME, BETA);
        assertThat(texts(entry.asSeenBy(ACME))).containsExactly("removed free@mail.example from client account 501",
                "ended the managed relationship with 501 (USERS_REMOVED_FROM_CLIENT)");
        assertThat(trail(ACME).get(0).entry().action()).isEqualTo(AuditAction.SEAT_REMOVED);
        assertThat(trail(BETA).get(0).entry().action()).isEqualTo(AuditAction.SEAT_REMOVED);
    }

    @Test
    void employeesAddedByAnAdmin_addEmployees_recordsTheAdminTheAssignmentsAndTheSeat() {
        s.partner("acme", "acme.example").client(501, "USD", "1000.00");
        s.employee("acme", "ann@acme.example");
        s.employee("acme", "bob@acme.example");
        s.seat(501, "bob@acme.example");
        s.unassign("acme", 501, "bob@acme.example");
        int before = entries().size();

        await(s.app.services.addEmployees().addEmployees(new AddEmployeesCommand(ACME, GLOBEX,
                List.of(ANN, Email.of("bob@acme.example")), BOSS)));

        AuditEntry entry = onlyEntrySince(before);
        assertThat(entry.actor()).isEqualTo(BOSS);
        assertThat(entry.action()).isEqualTo(AuditAction.EMPLOYEES_ADDED);
        assertThat(entry.partnerId()).contains(ACME);
        assertThat(entry.hubId()).contains(GLOBEX);
        assertThat(entry.email()).isEmpty();
        assertThat(texts(entry)).containsExactly("assigned ann@acme.example to 501",
                "added ann@acme.example to client account 501 as ACTIVE",
                "assigned bob@acme.example to 501");
    }

    @Test
    void aContractorWithASeat_linkClient_recordsTheAssignment() {
        s.partner("acme", "acme.example").client(501, "USD", "1000.00");
        s.contractor("acme", "free@mail.example");
        s.seat(501, "free@mail.example");
        int before = entries().size();

        await(s.app.services.linkClient().linkClient(new LinkClientCommand(ACME, FREE, GLOBEX, BOSS)));

        AuditEntry entry = onlyEntrySince(before);
        assertThat(entry.action()).isEqualTo(AuditAction.CLIENT_LINKED);
        assertThat(entry.email()).contains(FREE);
        assertThat(texts(entry)).containsExactly("assigned free@mail.example to 501");
    }

    @Test
    void anAssignedUser_unassign_recordsIt_andUnassigningAgainRecordsThatNothingChanged() {
        givenAcmeWithAnnSeatedAndAssignedAtGlobex();
        int before = entries().size();

        await(s.app.services.unassign().unassign(new UnassignCommand(ACME, GLOBEX, ANN, BOSS)));
        AuditEntry first = onlyEntrySince(before);
        await(s.app.services.unassign().unassign(new UnassignCommand(ACME, GLOBEX, ANN, BOSS)));
        AuditEntry second = onlyEntrySince(before + 1);

        assertThat(first.action()).isEqualTo(AuditAction.UNASSIGNED);
        assertThat(texts(first)).containsExactly("unassigned ann@acme.example from 501");
        assertThat(texts(second)).containsExactly("changed nothing");
    }

    @Test
    void aDeactivatedSeat_reactivateUser_recordsTheReactivation() {
        givenAcmeWithAnnSeatedAndAssignedAtGlobex();
        s.seat(501, "ann@acme.example", SeatStatus.DEACTIVATED);
        int before = entries().size();

        await(s.app.services.reactivateUser().reactivateUser(new ReactivateUserCommand(ACME, GLOBEX, ANN, BOSS)));

        AuditEntry entry = onlyEntrySince(before);
        assertThat(entry.action()).isEqualTo(AuditAction.USER_REACTIVATED);
        assertThat(texts(entry)).containsExactly("reactivated ann@acme.example in client account 501");
    }

    @Test
    void theLastOfThePartnersUsersThere_removeStaff_recordsThatItEndedTheManagedRelationship() {
        givenAcmeWithAnnSeatedAndAssignedAtGlobex();
        int before = entries().size();

        boolean ended = await(s.app.services.removeStaff().removeStaff(
                new RemoveStaffCommand(ACME, GLOBEX, ANN, BOSS)));

        assertThat(ended).isTrue();
        AuditEntry entry = onlyEntrySince(before);
        assertThat(entry).isEqualTo(new AuditEntry(s.now(), BOSS, AuditAction.STAFF_REMOVED, Optional.of(ACME),
                Optional.of(GLOBEX), Optional.of(ANN), List.of(
                AuditEffect.of("removed ann@acme.example from client account 501"),
                AuditEffect.on(ACME, "unassigned ann@acme.example from 501"),
                AuditEffect.on(ACME, "ended the managed relationship with 501 (USERS_REMOVED_FROM_CLIENT)"))));
    }

    @Test
    void anotherUserStillSeated_removeStaff_recordsNoEnd() {
        givenAcmeWithAnnSeatedAndAssignedAtGlobex();
        s.employee("acme", "bob@acme.example");
        s.seat(501, "bob@acme.example");
        int before = entries().size();

        await(s.app.services.removeStaff().removeStaff(new RemoveStaffCommand(ACME, GLOBEX, ANN, BOSS)));

        assertThat(texts(onlyEntrySince(before))).noneMatch(text -> text.startsWith("ended"));
    }

    @Test
    void aRefusedCommand_nothingIsRecorded() {
        s.partner("acme", "acme.example").client(501, "USD", "1000.00");
        s.contractor("acme", "free@mail.example");
        int before = entries().size();

        assertThatThrownBy(() -> await(s.app.services.addEmployees().addEmployees(new AddEmployeesCommand(ACME, GLOBEX,
                List.of(FREE), BOSS)))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> await(s.app.services.linkClient().linkClient(
                new LinkClientCommand(ACME, FREE, GLOBEX, BOSS))))
                .isInstanceOf(DomainException.class);

        assertThat(entries()).hasSize(before);
    }

    @Test
    void commandsForTwoPartners_theTrail_showsEachOnlyItsOwn_newestFirst_asItSeesThem() {
        s.partner("acme", "acme.example").partner("beta", "beta.example").client(501, "USD", "1000.00");
        s.contractor("acme", "free@mail.example");
        s.contractor("beta", "free@mail.example");
        s.employee("beta", "bea@beta.example");
        s.seat(501, "free@mail.example");
        s.linkClient("acme", "free@mail.example", 501);
        s.linkClient("beta", "free@mail.example", 501);
        s.advance(java.time.Duration.ofMinutes(1));

        // acme's admin removes the freelancer's seat: beta's relationship ends too
        await(s.app.services.removeStaff().removeStaff(new RemoveStaffCommand(ACME, GLOBEX, FREE, BOSS)));

        List<RecordedAuditEntry> acme = trail(ACME);
        List<RecordedAuditEntry> beta = trail(BETA);
        assertThat(acme.get(0).entry().actor()).isEqualTo(BOSS);
        assertThat(acme).extracting(r -> r.entry().action()).containsExactly(AuditAction.STAFF_REMOVED,
                AuditAction.CLIENT_LINKED, AuditAction.PARTNER_USER_UPSERTED, AuditAction.PARTNER_UPSERTED);
        assertThat(acme).allSatisfy(r -> assertThat(r.entry().partners()).contains(ACME));
        // beta sees the removal that ended its relationship, without acme's name, admin or unassignment
        AuditEntry seenByBeta = beta.get(0).entry();
        assertThat(seenByBeta.action()).isEqualTo(AuditAction.STAFF_REMOVED);
        assertThat(seenByBeta.actor()).isEqualTo(Actor.anotherPartner());
        assertThat(seenByBeta.partnerId()).isEmpty();
        assertThat(texts(seenByBeta)).containsExactly("removed free@mail.example from client account 501",
                "ended the managed relationship with 501 (USERS_REMOVED_FROM_CLIENT)");
        assertThat(beta).extracting(r -> r.entry().email().map(Email::value).orElse(""))
                .contains("bea@beta.example");
        assertThat(beta).allSatisfy(r -> assertThat(r.entry().effects())
                .allSatisfy(effect -> assertThat(effect.visibleTo(BETA)).isTrue()));
        assertThat(acme.get(0).id()).isGreaterThan(acme.get(1).id());
        assertThat(acme.get(0).entry().at()).isAfter(acme.get(1).entry().at());
    }

    @Test
    void moreEntriesThanALimit_theTrail_pagesWithNextBefore_andRefusesAnUnknownPartner() {
        s.partner("acme", "acme.example");
        for (int i = 0; i < 4; i++) {
            s.employee("acme", "user" + i + "@acme.example");
        }

        AuditTrailPage first = await(s.app.services.listAuditTrail().listAuditTrail(new AuditTrailQuery(ACME, 3,
                OptionalLong.empty())));
        AuditTrailPage second = await(s.app.services.listAuditTrail().listAuditTrail(new AuditTrailQuery(ACME, 3,
                first.nextBefore())));

        assertThat(first.entries()).hasSize(3);
        assertThat(first.nextBefore()).isPresent();
        assertThat(second.entries()).extracting(r -> r.entry().action())
                .containsExactly(AuditAction.PARTNER_USER_UPSERTED, AuditAction.PARTNER_UPSERTED);
        assertThat(second.nextBefore()).isEmpty();
        assertThatThrownBy(() -> await(s.app.services.listAuditTrail().listAuditTrail(
                AuditTrailQuery.newest(PartnerId.of("nobody")))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("PARTNER_NOT_FOUND"));
        assertThatThrownBy(() -> new AuditTrailQuery(ACME, 0, OptionalLong.empty())).isInstanceOf(DomainException.class);
    }

    private List<RecordedAuditEntry> trail(PartnerId partnerId) {
        return await(s.app.services.listAuditTrail().listAuditTrail(
                new AuditTrailQuery(partnerId, 200, OptionalLong.empty()))).entries();
    }
}
