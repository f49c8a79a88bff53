package com.managedmrr.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.audit.AuditEffect;
import com.managedmrr.domain.audit.AuditEntry;
import com.managedmrr.domain.audit.AuditFilter;
import com.managedmrr.domain.audit.AuditNames;
import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.port.AuditQueryPort;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The audit trail: {@link AccessCommandPort#recordAudit} appends inside the command's transaction (and so rolls back with
 * it), and {@link AuditQueryPort#trail} answers a partner's entries newest first, exactly as recorded.
 */
public abstract class AuditTrailContract extends PortContract {

    /** The audit reads of the implementation under test, on the same store as {@link #ports()}. */
    protected abstract AuditQueryPort audit();

    private List<RecordedAuditEntry> trail(PartnerId partnerId, int limit, OptionalLong before) {
        return await(audit().trail(partnerId, limit, before));
    }

    /** The partner's own entries (without those every trail shows, which other tests of the store may add). */
    private List<AuditEntry> entries(PartnerId partnerId) {
        return everyEntry(partnerId).stream().filter(entry -> !entry.inEveryTrail()).toList();
    }

    private List<AuditEntry> everyEntry(PartnerId partnerId) {
        return trail(partnerId, 1000, OptionalLong.empty()).stream().map(RecordedAuditEntry::entry).toList();
    }

    private void record(AuditEntry entry) {
        command(store -> store.recordAudit(entry));
    }

    @Test
    void anEntryWithEveryField_recordAudit_isReadBackExactlyAsRecorded() {
        Partner partner = givenPartner();
        ClientAccount client = givenClient(t(0));
        Email ann = newEmail("ann");
        Email admin = newEmail("admin");
        AuditEntry entry = new AuditEntry(t(5).plusNanos(123_000), Actor.admin(admin), AuditAction.STAFF_REMOVED,
                Optional.of(partner.id()), Optional.of(client.hubId()), Optional.of(ann),
                List.of(AuditEffect.of("removed the seat of " + ann + " in client account " + client.hubId()),
                        AuditEffect.on(partner.id(), "unassigned " + ann + " from " + client.hubId()),
                        AuditEffect.on(partner.id(), "ended the managed relationship with " + client.hubId()
                                + " (USERS_REMOVED_FROM_CLIENT) — “quoted”, 'single', \\ and, commas")));

        record(entry);

        assertThat(entries(partner.id())).containsExactly(entry);
    }

    @Test
    void anOperatorsPointRateChange_isInEveryPartnersTrail_andTheWholeTrailListsEveryEntry() {
        Partner partner = givenPartner();
        Partner other = givenPartner();
        AuditEntry own = new AuditEntry(t(1), Actor.internalSystem(), AuditAction.PARTNER_UPSERTED,
                Optional.of(partner.id()), Optional.empty(), Optional.empty(),
                List.of(AuditEffect.on(partner.id(), "updated partner " + partner.id())));
        AuditEntry rate = new AuditEntry(t(2), Actor.internalSystem(), AuditAction.POINT_RATE_SET, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(AuditEffect.of("set the point unit of USD from 100 to 1")));
        AuditEntry client = new AuditEntry(t(3), Actor.internalSystem(), AuditAction.CLIENT_UPSERTED, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(AuditEffect.of("created client account 9")));

        record(own);
        record(rate);
        record(client);

        assertThat(everyEntry(partner.id())).containsExactly(rate, own);
        assertThat(everyEntry(other.id())).containsExactly(rate);
        List<RecordedAuditEntry> all = await(audit().all(1000, OptionalLong.empty()));
        assertThat(all.stream().map(RecordedAuditEntry::entry).toList()).containsSubsequence(client, rate, own);
        long rateId = all.stream().filter(r -> r.entry().equals(rate)).findFirst().orElseThrow().id();
        assertThat(await(audit().all(1, OptionalLong.of(rateId))).get(0).entry()).isEqualTo(own);
        assertThat(trail(other.id(), 10, OptionalLong.of(rateId))).isEmpty();
    }

    @Test
    void anEntryWithoutOptionalFields_recordAudit_isReadBackWithThemEmpty() {
        Partner partner = givenPartner();
        AuditEntry entry = new AuditEntry(t(1), Actor.internalSystem(), AuditAction.PARTNER_UPSERTED,
                Optional.of(partner.id()), Optional.empty(), Optional.empty(), List.of());

        record(entry);

        assertThat(entries(partner.id())).containsExactly(entry);
    }

    @Test
    void entriesOfSeveralPartners_trail_answersThoseOfThePartnerOrNamingIt_newestFirst() {
        Partner partner = givenPartner();
        Partner other = givenPartner();
        ClientAccount client = givenClient(t(0));
        Email ann = newEmail("ann");
        AuditEntry own = new AuditEntry(t(1), Actor.internalSystem(), AuditAction.UNASSIGNED,
                Optional.of(partner.id()), Optional.of(client.hubId()), Optional.of(ann),
                List.of(AuditEffect.on(partner.id(), "unassigned " + ann)));
        AuditEntry othersOwn = new AuditEntry(t(2), Actor.internalSystem(), AuditAction.UNASSIGNED,
                Optional.of(other.id()), Optional.of(client.hubId()), Optional.of(ann),
                List.of(AuditEffect.on(other.id(), "unassigned " + ann)));
        AuditEntry clientsRemoval = new AuditEntry(t(3), Actor.internalSystem(), AuditAction.SEAT_REMOVED,
                Optional.empty(), Optional.of(client.hubId()), Optional.of(ann),
                List.of(AuditEffect.of("removed the seat"),
                        AuditEffect.on(partner.id(), "ended the managed relationship with " + client.hubId())));
        AuditEntry nobodys = new AuditEntry(t(4), Actor.internalSystem(), AuditAction.CLIENT_UPSERTED,
                Optional.empty(), Optional.of(client.hubId()), Optional.empty(), List.of(AuditEffect.of("renamed")));

        record(own);
        record(othersOwn);
        record(clientsRemoval);
        record(nobodys);

        assertThat(entries(partner.id())).containsExactly(clientsRemoval, own);
        assertThat(entries(other.id())).containsExactly(othersOwn);
        assertThat(entries(newPartnerId())).isEmpty();
    }

    @Test
    void moreEntriesThanTheLimit_trail_pagesBackwardsByIdWithoutGapsOrRepeats() {
        Partner partner = givenPartner();
        // five entries at the same instant: order is the order recorded, not the instant
        for (int i = 1; i <= 5; i++) {
            record(new AuditEntry(t(1), Actor.internalSystem(), AuditAction.PARTNER_UPSERTED,
                    Optional.of(partner.id()), Optional.empty(), Optional.empty(), List.of(AuditEffect.of("#" + i))));
        }

        List<RecordedAuditEntry> first = trail(partner.id(), 2, OptionalLong.empty());
        List<RecordedAuditEntry> second = trail(partner.id(), 2, OptionalLong.of(first.get(1).id()));
        List<RecordedAuditEntry> third = trail(partner.id(), 2, OptionalLong.of(second.get(1).id()));

        assertThat(first).extracting(r -> r.entry().effects().get(0).text()).containsExactly("#5", "#4");
        assertThat(second).extracting(r -> r.entry().effects().get(0).text()).containsExactly("#3", "#2");
        // (an entry every trail shows, which another test of the store may have recorded before, may follow #1)
        assertThat(third).filteredOn(r -> !r.entry().inEveryTrail())
                .extracting(r -> r.entry().effects().get(0).text()).containsExactly("#1");
        assertThat(first.get(0).id()).isGreaterThan(first.get(1).id());
        assertThat(trail(partner.id(), 0, OptionalLong.empty())).isEmpty();
    }

    @Test
    void aCommandThatFailsAfterRecording_itsEntry_isNotKept() {
        Partner partner = givenPartner();
        AuditEntry entry = new AuditEntry(t(1), Actor.internalSystem(), AuditAction.PARTNER_UPSERTED,
                Optional.of(partner.id()), Optional.empty(), Optional.empty(), List.of());

        assertThatThrownBy(() -> command((AccessCommandPort store) -> store.recordAudit(entry)
                .thenCompose(ignored -> CompletableFuture.failedFuture(new IllegalStateException("the work fails")))))
                .hasMessageContaining("the work fails");

        assertThat(entries(partner.id())).isEmpty();
    }

    private List<AuditEntry> filtered(PartnerId partnerId, AuditFilter filter, int limit, OptionalLong before) {
        return filteredRecorded(partnerId, filter, limit, before).stream().map(RecordedAuditEntry::entry).toList();
    }

    /** The partner's own entries that match (without those every trail shows, which other tests may add). */
    private List<RecordedAuditEntry> filteredRecorded(PartnerId partnerId, AuditFilter filter, int limit,
                                                      OptionalLong before) {
        return await(audit().trail(partnerId, filter, limit, before)).stream()
                .filter(recorded -> !recorded.entry().inEveryTrail()).toList();
    }

    private static AuditFilter filter(Optional<AuditAction> action, Optional<HubId> hubId, Optional<Email> email,
                                      Optional<Instant> from, Optional<Instant> to, Optional<String> search) {
        return new AuditFilter(action, hubId, email, from, to, search);
    }

    private static final Optional<AuditAction> ANY_ACTION = Optional.empty();
    private static final Optional<HubId> ANY_CLIENT = Optional.empty();
    private static final Optional<Email> ANY_USER = Optional.empty();
    private static final Optional<Instant> ANY_TIME = Optional.empty();
    private static final Optional<String> NO_SEARCH = Optional.empty();

    @Test
    void aFilteredTrail_answersOnlyTheEntriesThatMatchEachPart_newestFirst() {
        Partner partner = givenPartner();
        Partner other = givenPartner();
        ClientAccount client = givenClient(t(0));
        ClientAccount second = givenClient(t(0));
        Email ann = newEmail("ann");
        Email bo = newEmail("bo");
        givenEmployee(partner, ann, t(0));
        Actor admin = Actor.admin(newEmail("admin"));
        AuditEntry added = new AuditEntry(t(1), admin, AuditAction.EMPLOYEES_ADDED, Optional.of(partner.id()),
                Optional.of(client.hubId()), Optional.of(ann),
                List.of(AuditEffect.on(partner.id(), "assigned " + ann + " to " + client.hubId())));
        AuditEntry unassigned = new AuditEntry(t(2), admin, AuditAction.UNASSIGNED, Optional.of(partner.id()),
                Optional.of(second.hubId()), Optional.of(bo),
                List.of(AuditEffect.on(partner.id(), "unassigned " + bo + " from " + second.hubId())));
        AuditEntry joined = new AuditEntry(t(3), Actor.internalSystem(), AuditAction.PARTNER_USER_UPSERTED,
                Optional.of(partner.id()), Optional.empty(), Optional.of(ann),
                List.of(AuditEffect.on(partner.id(), "added " + ann + " to the partner account as EMPLOYEE 'Ann'"),
                        AuditEffect.on(partner.id(), "assigned " + ann + " to " + second.hubId() + " automatically")));
        AuditEntry othersEnd = new AuditEntry(t(4), Actor.internalSystem(), AuditAction.SEAT_REMOVED,
                Optional.empty(), Optional.of(client.hubId()), Optional.of(bo),
                List.of(AuditEffect.of("removed " + bo + " from client account " + client.hubId()),
                        AuditEffect.on(partner.id(), "unassigned " + bo + " from " + client.hubId()),
                        AuditEffect.on(other.id(), "ended the managed relationship with " + client.hubId()
                                + " (USERS_REMOVED_FROM_CLIENT)")));
        List.of(added, unassigned, joined, othersEnd).forEach(this::record);
        int many = 100;

        assertThat(filtered(partner.id(), AuditFilter.NONE, many, OptionalLong.empty()))
                .containsExactly(othersEnd, joined, unassigned, added);
        assertThat(filtered(partner.id(), filter(Optional.of(AuditAction.UNASSIGNED), ANY_CLIENT, ANY_USER,
                ANY_TIME, ANY_TIME, NO_SEARCH), many, OptionalLong.empty())).containsExactly(unassigned);
        assertThat(filtered(partner.id(), filter(ANY_ACTION, Optional.of(second.hubId()), ANY_USER, ANY_TIME,
                ANY_TIME, NO_SEARCH), many, OptionalLong.empty()))
                .as("a partner user's entry names its clients in its effects").containsExactly(joined, unassigned);
        assertThat(filtered(partner.id(), filter(ANY_ACTION, ANY_CLIENT, Optional.of(ann), ANY_TIME, ANY_TIME,
                NO_SEARCH), many, OptionalLong.empty())).containsExactly(joined, added);
        assertThat(filtered(partner.id(), filter(ANY_ACTION, ANY_CLIENT, ANY_USER, Optional.of(t(2)),
                Optional.of(t(4)), NO_SEARCH), many, OptionalLong.empty()))
                .as("from included, to excluded").containsExactly(joined, unassigned);
        assertThat(filtered(partner.id(), filter(ANY_ACTION, ANY_CLIENT, ANY_USER, ANY_TIME, ANY_TIME,
                Optional.of(client.name().toUpperCase(Locale.ROOT))), many, OptionalLong.empty()))
                .as("the client account's name, in any case").containsExactly(othersEnd, added);
        assertThat(filtered(partner.id(), filter(ANY_ACTION, ANY_CLIENT, ANY_USER, ANY_TIME, ANY_TIME,
                Optional.of("User " + ann.value().substring(0, 3))), many, OptionalLong.empty()))
                .as("the user's name in the partner account").containsExactly(joined, added);
        assertThat(filtered(partner.id(), filter(ANY_ACTION, ANY_CLIENT, ANY_USER, ANY_TIME, ANY_TIME,
                Optional.of("managed relationship")), many, OptionalLong.empty()))
                .as("another partner's effect is not searched").isEmpty();
        assertThat(filtered(other.id(), filter(ANY_ACTION, ANY_CLIENT, ANY_USER, ANY_TIME, ANY_TIME,
                Optional.of("managed relationship")), many, OptionalLong.empty())).containsExactly(othersEnd);
        assertThat(filtered(other.id(), filter(ANY_ACTION, ANY_CLIENT, ANY_USER, ANY_TIME, ANY_TIME,
                Optional.of("Ann")), many, OptionalLong.empty())).isEmpty();
    }

    @Test
    void aFilteredTrail_pagesBackwardsByIdThroughTheMatchesOnly() {
        Partner partner = givenPartner();
        ClientAccount client = givenClient(t(0));
        for (int i = 0; i < 7; i++) {
            record(new AuditEntry(t(i + 1), Actor.internalSystem(), i % 2 == 0 ? AuditAction.UNASSIGNED
                    : AuditAction.CLIENT_LINKED, Optional.of(partner.id()), Optional.of(client.hubId()),
                    Optional.of(newEmail("u" + i)), List.of(AuditEffect.on(partner.id(), "entry " + i))));
        }
        AuditFilter unassigned = filter(Optional.of(AuditAction.UNASSIGNED), ANY_CLIENT, ANY_USER, ANY_TIME,
                ANY_TIME, NO_SEARCH);

        List<RecordedAuditEntry> first = filteredRecorded(partner.id(), unassigned, 3, OptionalLong.empty());
        List<RecordedAuditEntry> second = filteredRecorded(partner.id(), unassigned, 3,
                OptionalLong.of(first.get(2).id()));

        assertThat(first).extracting(recorded -> recorded.entry().effects().get(0).text())
                .containsExactly("entry 6", "entry 4", "entry 2");
        assertThat(second).extracting(recorded -> recorded.entry().effects().get(0).text())
                .containsExactly("entry 0");
    }

    @Test
    void clientAccountsAndUsers_names_answersTheNamesThatExist() {
        Partner partner = givenPartner();
        Partner other = givenPartner();
        ClientAccount client = givenClient(t(0));
        Email ann = newEmail("ann");
        Email stranger = newEmail("stranger");
        givenEmployee(partner, ann, t(0));
        Email othersUser = newEmail("zed");
        givenEmployee(other, othersUser, t(0));
        HubId unknown = newHubId();

        AuditNames names = await(audit().names(partner.id(), Set.of(client.hubId(), unknown),
                Set.of(ann, stranger, othersUser)));

        assertThat(names.clients()).isEqualTo(Map.of(client.hubId(), client.name()));
        assertThat(names.users()).isEqualTo(Map.of(ann, "User " + ann.value()));
        assertThat(await(audit().names(partner.id(), Set.of(), Set.of()))).isEqualTo(AuditNames.NONE);
    }
}
