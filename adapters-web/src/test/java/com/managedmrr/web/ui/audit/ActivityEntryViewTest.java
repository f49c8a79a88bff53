package com.managedmrr.web.ui.audit;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.audit.AuditEffect;
import com.managedmrr.domain.audit.AuditEntry;
import com.managedmrr.domain.audit.AuditNames;
import com.managedmrr.domain.audit.AuditTrail;
import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.web.ui.Language;
import com.managedmrr.web.ui.Texts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** An audit entry in words: a sentence for every kind, names beside Hub IDs, many like effects in one line. */
class ActivityEntryViewTest {

    private static final PartnerId ACME = PartnerId.of("acme");
    private static final Email ANN = Email.of("ann@acme.example");
    private static final Instant AT = Instant.parse("2026-12-01T22:14:05.123Z");
    private static final Texts EN = Texts.in(Language.EN);
    private static final ActivityMessages MESSAGES = new ActivityMessages(EN);

    @Test
    void everyKindOfAction_hasASentenceOfItsOwn_withoutCodes() {
        for (AuditAction action : AuditAction.values()) {
            String headline = MESSAGES.headline(action, "Globex (501)", "Ann Lee");
            String kind = MESSAGES.kind(action);
            assertThat(headline).as(action.name()).doesNotContain("_").isNotEqualTo(kind);
            assertThat(kind).as(action.name()).doesNotContain("_");
        }
    }

    @Test
    void anEmployeeAssignedAutomaticallyTo300Clients_isOneLineListingThem() {
        AuditTrail trail = new AuditTrail().note(ACME, "added " + ANN + " to the partner account as EMPLOYEE 'Ann Lee'");
        Map<HubId, String> clients = new HashMap<>();
        for (long hubId = 1; hubId <= 300; hubId++) {
            trail.assigned(ACME, ANN, HubId.of(hubId), true);
            clients.put(HubId.of(hubId), "Client " + hubId);
        }
        RecordedAuditEntry recorded = new RecordedAuditEntry(7, trail.entry(AT, Actor.internalSystem(),
                AuditAction.PARTNER_USER_UPSERTED, ACME, null, ANN));

        ActivityEntryView view = ActivityEntryView.of(recorded, new AuditNames(clients, Map.of(ANN, "Ann Lee")),
                AT, EN);

        assertThat(view.headline()).isEqualTo("Saved partner user Ann Lee");
        assertThat(view.effects()).hasSize(2);
        assertThat(view.effects().get(0).sentence())
                .isEqualTo("Ann Lee (ann@acme.example) joined the partner account as an employee");
        ActivityEffectView assigned = view.effects().get(1);
        assertThat(assigned.grouped()).isTrue();
        assertThat(assigned.sentence()).isEqualTo("Ann Lee was assigned automatically to 300 clients");
        assertThat(assigned.items()).hasSize(300).startsWith("Client 1 (1)").endsWith("Client 300 (300)");
    }

    @Test
    void oneAssignmentAndAnEnd_areSentencesNamingTheClient_andTheHeadlineSaysCreditEnded() {
        AuditEntry entry = new AuditEntry(AT, Actor.admin(Email.of("boss@acme.example")), AuditAction.STAFF_REMOVED,
                Optional.of(ACME), Optional.of(HubId.of(501)), Optional.of(ANN), List.of(
                        AuditEffect.of("removed " + ANN + " from client account 501"),
                        AuditEffect.on(ACME, "unassigned " + ANN + " from 501"),
                        AuditEffect.on(ACME, "ended the managed relationship with 501 (USERS_REMOVED_FROM_CLIENT)"),
                        AuditEffect.of("a text of no known shape")));

        ActivityEntryView view = ActivityEntryView.of(new RecordedAuditEntry(1, entry),
                new AuditNames(Map.of(HubId.of(501), "Globex"), Map.of(ANN, "Ann Lee")), AT, EN);

        assertThat(view.headline()).isEqualTo("Removed Ann Lee from Globex (501): credit ended at once");
        assertThat(view.client()).isEqualTo("Globex (501)");
        assertThat(view.user()).isEqualTo("Ann Lee");
        assertThat(view.userEmail()).isEqualTo("ann@acme.example");
        assertThat(view.effects()).extracting(ActivityEffectView::sentence).containsExactly(
                "Ann Lee lost their seat in Globex (501)",
                "Ann Lee was unassigned from Globex (501)",
                "Managed credit for Globex (501) ended at once: none of your users has a seat there any more",
                "a text of no known shape");
        assertThat(view.effects()).noneMatch(ActivityEffectView::grouped);
    }

    @Test
    void anInstant_isCompactOnOneLine_withTheYearOnlyWhenItIsNotThisYears() {
        assertThat(MESSAGES.compact(AT, AT)).isEqualTo("1 Dec, 22:14");
        assertThat(MESSAGES.compact(AT, Instant.parse("2027-01-02T00:00:00Z"))).isEqualTo("1 Dec 2026, 22:14");
        assertThat(ActivityEntryView.of(new RecordedAuditEntry(1, new AuditTrail().entry(AT, Actor.internalSystem(),
                AuditAction.PARTNER_UPSERTED, ACME, null, null)), AuditNames.NONE, AT, EN).atFull())
                .isEqualTo("2026-12-01 22:14:05 UTC");
    }

    @Test
    void anUnknownClientOrUser_isShownByHubIdOrEmail() {
        AuditEntry entry = new AuditTrail().assigned(ACME, ANN, HubId.of(77), false)
                .entry(AT, Actor.internalSystem(), AuditAction.CLIENT_LINKED, ACME, HubId.of(77), ANN);

        ActivityEntryView view = ActivityEntryView.of(new RecordedAuditEntry(1, entry), AuditNames.NONE, AT, EN);

        assertThat(view.headline()).isEqualTo("Linked ann@acme.example to 77");
        assertThat(view.userEmail()).isEmpty();
        assertThat(view.effects().get(0).sentence()).isEqualTo("ann@acme.example was assigned to 77");
    }

    private static final ActivityMessages POLISH = new ActivityMessages(Texts.in(Language.PL));

    @Test
    void everyKindOfAction_inPolish_hasASentenceOfItsOwn_withTheNamesInIt() {
        for (AuditAction action : AuditAction.values()) {
            String headline = POLISH.headline(action, "Globex (501)", "Ann Lee");
            String kind = POLISH.kind(action);
            assertThat(headline).as(action.name()).doesNotContain("_").isNotEqualTo(kind)
                    .isNotEqualTo(MESSAGES.headline(action, "Globex (501)", "Ann Lee"));
            assertThat(kind).as(action.name()).doesNotContain("_").isNotEqualTo(MESSAGES.kind(action));
        }
        assertThat(POLISH.headline(AuditAction.CLIENT_LINKED, "Globex (501)", "Fay Ortiz"))
                .isEqualTo("Połączono Fay Ortiz z klientem Globex (501)");
        assertThat(POLISH.headline(AuditAction.EMPLOYEES_ADDED, "Globex (501)", null))
                .isEqualTo("Dodano pracowników do klienta Globex (501)");
    }

    @Test
    void manyClients_inPolish_takeTheGenitiveAfterDoAndDla() {
        assertThat(POLISH.assignedToMany("Ann Lee", 1, false)).isEqualTo("Przypisano Ann Lee do 1 klienta");
        assertThat(POLISH.assignedToMany("Ann Lee", 3, true))
                .isEqualTo("Automatycznie przypisano Ann Lee do 3 klientów");
        assertThat(POLISH.assignedToMany("Ann Lee", 5, true))
                .isEqualTo("Automatycznie przypisano Ann Lee do 5 klientów");
        assertThat(POLISH.unassignedFromMany("Ann Lee", 22))
                .isEqualTo("Cofnięto przypisanie Ann Lee do 22 klientów");
        assertThat(POLISH.endedForMany(1, com.managedmrr.domain.credit.EndReason.USERS_REMOVED_FROM_PARTNER))
                .startsWith("Zarządzany kredyt MRR dla 1 klienta zakończył się natychmiast: ");
        assertThat(POLISH.showing(1, false, false)).isEqualTo("Pokazano 1 wpis");
        assertThat(POLISH.showing(2, false, false)).isEqualTo("Pokazano 2 wpisy");
        assertThat(POLISH.showing(5, false, false)).isEqualTo("Pokazano 5 wpisów");
        assertThat(POLISH.showing(12, true, false)).isEqualTo("Pokazano 12 pasujących wpisów");
    }

    @Test
    void aClientSaved_inPolish_writesItsMrrAndItsDateThePolishWay() {
        AuditEntry entry = new AuditEntry(AT, Actor.internalSystem(), AuditAction.CLIENT_UPSERTED, Optional.empty(),
                Optional.of(HubId.of(501)), Optional.empty(), List.of(AuditEffect.of(
                        "created client account 501 'Globex': PLN 1000.00 MRR from now, growth market yes")));

        ActivityEntryView view = ActivityEntryView.of(new RecordedAuditEntry(1, entry),
                new AuditNames(Map.of(HubId.of(501), "Globex"), Map.of()), AT, Texts.in(Language.PL));

        assertThat(view.headline()).isEqualTo("Zapisano konto klienta Globex (501)");
        assertThat(view.effects().get(0).sentence())
                .isEqualTo("Utworzono konto klienta Globex (501): MRR 1\u00a0000,00\u00a0zł od teraz, rynek wzrostowy");
        assertThat(view.actor()).isEqualTo("System wewnętrzny");
        assertThat(view.at()).isEqualTo("01.12, 22:14");
        assertThat(view.atFull()).isEqualTo("01.12.2026, 22:14:05 UTC");
        assertThat(POLISH.compact(AT, Instant.parse("2027-01-02T00:00:00Z"))).isEqualTo("01.12.2026, 22:14");
    }
}
