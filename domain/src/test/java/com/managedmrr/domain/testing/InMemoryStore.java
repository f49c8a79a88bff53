package com.managedmrr.domain.testing;

import com.managedmrr.domain.access.AccessChanges;
import com.managedmrr.domain.access.AccessScope;
import com.managedmrr.domain.access.AccessSnapshot;
import com.managedmrr.domain.access.Assignment;
import com.managedmrr.domain.access.Rejudgement;
import com.managedmrr.domain.access.Seat;
import com.managedmrr.domain.audit.AuditEntry;
import com.managedmrr.domain.audit.AuditFilter;
import com.managedmrr.domain.audit.AuditNames;
import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.credit.AttributedActivity;
import com.managedmrr.domain.credit.ClientFacts;
import com.managedmrr.domain.credit.PointUnit;
import com.managedmrr.domain.credit.PointUnitTable;
import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.credit.QualifyingCatalogue;
import com.managedmrr.domain.credit.Relationship;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.credit.RelationshipFacts;
import com.managedmrr.domain.credit.RelationshipLedger;
import com.managedmrr.domain.credit.RelationshipSpans;
import com.managedmrr.domain.credit.ServicingSpan;
import com.managedmrr.domain.credit.ServicingSpans;
import com.managedmrr.domain.credit.UserStanding;
import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.port.AccessCommandPort;
import com.managedmrr.domain.port.ActivityIngestionPort;
import com.managedmrr.domain.port.ActivityLedgerPort;
import com.managedmrr.domain.port.AuditQueryPort;
import com.managedmrr.domain.port.BreakdownQueryPort;
import com.managedmrr.domain.port.CataloguePort;
import com.managedmrr.domain.port.ClientQueryPort;
import com.managedmrr.domain.port.CommandTransactionPort;
import com.managedmrr.domain.port.PartnerQueryPort;
import com.managedmrr.domain.port.PointUnitPort;
import com.managedmrr.domain.store.PartnerUserAssignments;
import com.managedmrr.domain.store.RecordedActivity;
import com.managedmrr.domain.store.Standing;
import com.managedmrr.domain.store.StandingKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A deliberately plain in-memory implementation of every outbound port, for tests. It keeps the whole history as
 * effective-dated periods, the way the ports describe it, and answers every question by scanning that history:
 *
 * <ul>
 *   <li>A period covers the instants {@code from <= t < to} ({@code to} empty while it lasts). Memberships of partner
 *       users, assignments and seats are lists of such periods (a seat period also carries its status), so the state
 *       at any instant is "the periods covering it", and the present is "the open periods".</li>
 *   <li>MRR is a list of (from, amount) entries; the MRR at t is the latest entry from at or before t, zero before the
 *       client's first one; the client's currency and growth-market flag are kept with each entry (docs/rules.md §6.4). Names, a
 *       partner user's name and kind are current values only.</li>
 *   <li>Relationship ends and activities (with their qualification and attributions) are kept as recorded.</li>
 *   <li>The audit trail is a list that commands only append to; an entry's id is its position (1-based).</li>
 *   <li>The catalogue is seeded as docs/rules.md §4 and the point units as docs/rules.md §6, both effective from the epoch.</li>
 * </ul>
 *
 * <p>Every write (commands, ingestion batches, catalogue and point-unit changes) runs one at a time, in the order
 * asked, on a private copy of the state that replaces the shared state only when the work's stage completes
 * normally; a failed command changes nothing. Reads outside a transaction see the last committed state. A store or
 * ledger handed to a work refuses to be used after that work's stage completed. Nothing blocks: a transaction that
 * must wait for the one before it starts when that one completes. Broken preconditions (adding a present user,
 * seating someone in an unknown client, ...) fail the stage with {@link IllegalStateException}.
 */
public final class InMemoryStore implements CataloguePort, PointUnitPort, PartnerQueryPort, ClientQueryPort,
        BreakdownQueryPort, AuditQueryPort {

    private static final Set<String> EDITING = Set.of("CREATE", "EDIT", "PUBLISH");

    /** docs/rules.md §4, effective from the epoch. */
    public static final List<QualifyingActions> SEEDED_CATALOGUE = seededCatalogue();

    /** docs/rules.md §6, effective from the epoch. */
    public static final List<PointUnit> SEEDED_POINT_UNITS = List.of(
            unit("USD", "100"), unit("EUR", "88"), unit("GBP", "74"), unit("AUD", "154"), unit("CAD", "130"),
            unit("SGD", "129"), unit("JPY", "14400"), unit("ZAR", "1768"), unit("COP", "408000"));

    private final Object lock = new Object();
    private State committed = State.seeded();
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    private final CommandTransactionPort commands = new CommandTransactionPort() {
        @Override
        public <T> CompletionStage<T> inTransaction(Function<AccessCommandPort, CompletionStage<T>> work) {
            return serialised(state -> {
                CommandStore store = new CommandStore(state);
                return work.apply(store).whenComplete((value, failure) -> store.closed = true);
            });
        }
    };

    private final ActivityIngestionPort ingestion = new ActivityIngestionPort() {
        @Override
        public <T> CompletionStage<T> inTransaction(Function<ActivityLedgerPort, CompletionStage<T>> work) {
            return serialised(state -> {
                Ledger ledger = new Ledger(state);
                return work.apply(ledger).whenComplete((value, failure) -> ledger.closed = true);
            });
        }
    };

    /** The command transactions, each handing its work an {@link AccessCommandPort}. */
    public CommandTransactionPort commands() {
        return commands;
    }

    /** The ingestion transactions, each handing its work an {@link ActivityLedgerPort}. */
    public ActivityIngestionPort ingestion() {
        return ingestion;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // test inspection (not part of any port)

    /** The servicing spans stored for every relationship that has some (docs/rules.md §5.5). */
    public Map<Relationship, List<ServicingSpan>> spans() {
        Map<Relationship, List<ServicingSpan>> spans = new TreeMap<>(Relationship.LOCK_ORDER);
        spans.putAll(snapshot().spans);
        return spans;
    }

    /** The servicing spans of every relationship with attributed activities, computed again from the ledger. */
    public Map<Relationship, List<ServicingSpan>> spansFromTheLedger() {
        State state = snapshot();
        Set<Relationship> relationships = new TreeSet<>(Relationship.LOCK_ORDER);
        state.activities.values().forEach(recorded -> recorded.attributedTo().forEach(partner ->
                relationships.add(new Relationship(partner, recorded.activity().hubId()))));
        Map<Relationship, List<ServicingSpan>> spans = new TreeMap<>(Relationship.LOCK_ORDER);
        relationships.forEach(relationship -> spans.put(relationship, state.ledger(relationship).spans()));
        return spans;
    }

    /** Every relationship end recorded so far, in the order recorded. */
    public List<RelationshipEnd> ends() {
        return List.copyOf(snapshot().ends);
    }

    /** Every audit entry recorded so far, in the order recorded. */
    public List<AuditEntry> auditEntries() {
        return List.copyOf(snapshot().audit);
    }

    /** Every activity stored so far, in the order stored. */
    public List<RecordedActivity> activities() {
        return List.copyOf(snapshot().activities.values());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // CataloguePort and PointUnitPort

    @Override
    public CompletionStage<QualifyingCatalogue> catalogue() {
        return done(new QualifyingCatalogue(snapshot().catalogue));
    }

    @Override
    public CompletionStage<Boolean> save(QualifyingActions actions) {
        Objects.requireNonNull(actions, "actions");
        return serialised(state -> {
            boolean created = state.catalogue.stream().noneMatch(entry -> entry.tool().equals(actions.tool()));
            state.catalogue.add(actions);
            return done(created);
        });
    }

    @Override
    public CompletionStage<PointUnitTable> pointUnits() {
        return done(new PointUnitTable(snapshot().pointUnits));
    }

    @Override
    public CompletionStage<Boolean> save(PointUnit unit) {
        Objects.requireNonNull(unit, "unit");
        return serialised(state -> {
            boolean created = state.pointUnits.stream().noneMatch(known -> known.currency().equals(unit.currency()));
            state.pointUnits.add(unit);
            return done(created);
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // PartnerQueryPort

    @Override
    public CompletionStage<Optional<Partner>> partner(PartnerId partnerId) {
        return done(Optional.ofNullable(snapshot().partners.get(partnerId)));
    }

    @Override
    public CompletionStage<List<PartnerUserAssignments>> partnerUsers(PartnerId partnerId) {
        State state = snapshot();
        return done(state.presentMembers(partnerId).stream()
                .map(email -> new PartnerUserAssignments(state.partnerUsers.get(new Member(partnerId, email)),
                        state.assignedHubsNow(partnerId, email)))
                .toList());
    }

    @Override
    public CompletionStage<List<Partner>> partners(int limit, Optional<PartnerId> after) {
        return done(snapshot().partners.values().stream()
                .filter(partner -> after.isEmpty() || partner.id().value().compareTo(after.get().value()) > 0)
                .sorted(Comparator.comparing(partner -> partner.id().value()))
                .limit(limit)
                .toList());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // AuditQueryPort

    @Override
    public CompletionStage<List<RecordedAuditEntry>> trail(PartnerId partnerId, int limit, OptionalLong beforeId) {
        Objects.requireNonNull(partnerId, "partnerId");
        List<AuditEntry> audit = snapshot().audit;
        List<RecordedAuditEntry> trail = new ArrayList<>();
        int newest = beforeId.isPresent() ? (int) Math.min(audit.size(), Math.max(0, beforeId.getAsLong() - 1))
                : audit.size();
        for (int index = newest - 1; index >= 0 && trail.size() < limit; index--) {
            AuditEntry entry = audit.get(index);
            if (entry.partners().contains(partnerId) || entry.inEveryTrail()) {
                trail.add(new RecordedAuditEntry(index + 1L, entry));
            }
        }
        return done(List.copyOf(trail));
    }

    @Override
    public CompletionStage<List<RecordedAuditEntry>> trail(PartnerId partnerId, AuditFilter filter, int limit,
                                                           OptionalLong beforeId) {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(filter, "filter");
        State state = snapshot();
        List<AuditEntry> audit = state.audit;
        List<RecordedAuditEntry> trail = new ArrayList<>();
        int newest = beforeId.isPresent() ? (int) Math.min(audit.size(), Math.max(0, beforeId.getAsLong() - 1))
                : audit.size();
        for (int index = newest - 1; index >= 0 && trail.size() < limit; index--) {
            AuditEntry entry = audit.get(index);
            if ((entry.partners().contains(partnerId) || entry.inEveryTrail())
                    && filter.matches(partnerId, entry,
                            entry.hubId().map(state.clients::get).map(ClientRecord::name),
                            entry.email().map(email -> state.partnerUsers.get(new Member(partnerId, email)))
                                    .map(PartnerUser::name))) {
                trail.add(new RecordedAuditEntry(index + 1L, entry));
            }
        }
        return done(List.copyOf(trail));
    }

    @Override
    public CompletionStage<AuditNames> names(PartnerId partnerId, Set<HubId> hubIds, Set<Email> emails) {
        State state = snapshot();
        Map<HubId, String> clients = new HashMap<>();
        hubIds.forEach(hubId -> Optional.ofNullable(state.clients.get(hubId))
                .ifPresent(client -> clients.put(hubId, client.name())));
        Map<Email, String> users = new HashMap<>();
        emails.forEach(email -> Optional.ofNullable(state.partnerUsers.get(new Member(partnerId, email)))
                .ifPresent(user -> users.put(email, user.name())));
        return done(new AuditNames(clients, users));
    }

    @Override
    public CompletionStage<List<RecordedAuditEntry>> all(int limit, OptionalLong beforeId) {
        List<AuditEntry> audit = snapshot().audit;
        List<RecordedAuditEntry> page = new ArrayList<>();
        int newest = beforeId.isPresent() ? (int) Math.min(audit.size(), Math.max(0, beforeId.getAsLong() - 1))
                : audit.size();
        for (int index = newest - 1; index >= 0 && page.size() < limit; index--) {
            page.add(new RecordedAuditEntry(index + 1L, audit.get(index)));
        }
        return done(List.copyOf(page));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // ClientQueryPort

    @Override
    public CompletionStage<Optional<ClientAccount>> client(HubId hubId) {
        return done(snapshot().clientNow(hubId));
    }

    @Override
    public CompletionStage<List<RecordedActivity>> recentActivities(HubId hubId, int limit) {
        return done(snapshot().activities.values().stream()
                .filter(recorded -> recorded.activity().hubId().equals(hubId))
                .sorted(Comparator.comparing((RecordedActivity r) -> r.activity().occurredAt())
                        .thenComparing(r -> r.activity().id().value())
                        .reversed())
                .limit(Math.max(0, limit))
                .toList());
    }

    @Override
    public CompletionStage<List<RecordedActivity>> activitiesBefore(HubId hubId, Instant occurredAt,
                                                                    ActivityId activityId, int limit) {
        return done(snapshot().activities.values().stream()
                .filter(recorded -> recorded.activity().hubId().equals(hubId))
                .filter(recorded -> {
                    int byInstant = recorded.activity().occurredAt().compareTo(occurredAt);
                    return byInstant < 0
                            || (byInstant == 0 && recorded.activity().id().value().compareTo(activityId.value()) < 0);
                })
                .sorted(Comparator.comparing((RecordedActivity r) -> r.activity().occurredAt())
                        .thenComparing(r -> r.activity().id().value())
                        .reversed())
                .limit(Math.max(0, limit))
                .toList());
    }

    @Override
    public CompletionStage<List<ClientAccount>> clients(Optional<String> search, int limit, Optional<HubId> after) {
        State state = snapshot();
        Optional<String> needle = search.map(text -> text.toLowerCase(java.util.Locale.ROOT));
        return done(state.clients.keySet().stream()
                .filter(hubId -> after.isEmpty() || hubId.value() > after.get().value())
                .sorted(Comparator.comparingLong(HubId::value))
                .map(state::clientNow)
                .flatMap(Optional::stream)
                .filter(client -> needle.isEmpty()
                        || client.name().toLowerCase(java.util.Locale.ROOT).contains(needle.get())
                        || Long.toString(client.hubId().value()).contains(needle.get()))
                .limit(limit)
                .toList());
    }

    @Override
    public CompletionStage<List<ClientAccount>> seatedClients(Email email, int limit) {
        State state = snapshot();
        return done(state.seats.keySet().stream()
                .filter(seat -> seat.email().equals(email) && state.seatNow(seat.hubId(), email).isPresent())
                .map(SeatKey::hubId)
                .sorted(Comparator.comparingLong(HubId::value))
                .map(state::clientNow)
                .flatMap(Optional::stream)
                .limit(Math.max(0, limit))
                .toList());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // BreakdownQueryPort

    @Override
    public CompletionStage<List<ClientFacts>> clientFacts(PartnerId partnerId, Instant t) {
        State state = snapshot();
        Set<HubId> hubs = new TreeSet<>();
        state.assignments.forEach((key, periods) -> {
            if (key.partnerId().equals(partnerId) && periods.stream().anyMatch(p -> !p.from().isAfter(t))) {
                hubs.add(key.hubId());
            }
        });
        return done(hubs.stream()
                .map(hub -> state.clientFacts(partnerId, hub, t))
                .flatMap(Optional::stream)
                .toList());
    }

    @Override
    public CompletionStage<Optional<ClientFacts>> clientFacts(PartnerId partnerId, HubId hubId, Instant t) {
        return done(snapshot().clientFacts(partnerId, hubId, t));
    }

    @Override
    public CompletionStage<List<UserStanding>> userStandings(PartnerId partnerId, HubId hubId, Instant t) {
        State state = snapshot();
        Set<Email> emails = new TreeSet<>(Comparator.comparing(Email::value));
        state.memberships.forEach((member, periods) -> {
            if (member.partnerId().equals(partnerId) && covers(periods, t)
                    && (state.assignedAt(partnerId, member.email(), hubId, t)
                        || state.seatAt(hubId, member.email(), t).isPresent())) {
                emails.add(member.email());
            }
        });
        for (RecordedActivity recorded : state.activities.values()) {
            ActivityFacts a = ActivityFacts.of(recorded);
            if (a.hubId.equals(hubId) && recorded.attributedTo().contains(partnerId) && !a.occurredAt.isAfter(t)) {
                emails.add(a.email);
            }
        }
        return done(emails.stream()
                .map(email -> new UserStanding(email,
                        covers(state.memberships.get(new Member(partnerId, email)), t),
                        state.assignedAt(partnerId, email, hubId, t),
                        state.seatAt(hubId, email, t),
                        state.lastAttributed(partnerId, hubId, t, Optional.of(email))))
                .toList());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // transactions

    private State snapshot() {
        synchronized (lock) {
            return committed;
        }
    }

    private <T> CompletionStage<T> serialised(Function<State, CompletionStage<T>> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture<Void> turn = new CompletableFuture<>();
        CompletableFuture<Void> previous;
        synchronized (lock) {
            previous = tail;
            tail = turn;
        }
        previous.whenComplete((ignored, ignoredFailure) -> {
            State working;
            synchronized (lock) {
                working = committed.copy();
            }
            CompletionStage<T> stage;
            try {
                stage = Objects.requireNonNull(work.apply(working), "the work answered no stage");
            } catch (RuntimeException | Error failure) {
                stage = CompletableFuture.failedFuture(failure);
            }
            stage.whenComplete((value, failure) -> {
                if (failure == null) {
                    synchronized (lock) {
                        committed = working;
                    }
                }
                turn.complete(null);
                if (failure == null) {
                    result.complete(value);
                } else {
                    result.completeExceptionally(failure);
                }
            });
        });
        return result;
    }

    private static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    private static CompletionStage<Void> done() {
        return CompletableFuture.completedFuture(null);
    }

    private static boolean covers(List<Period> periods, Instant t) {
        return periods != null && periods.stream().anyMatch(period -> period.covers(t));
    }

    private static boolean open(List<Period> periods) {
        return periods != null && !periods.isEmpty() && periods.get(periods.size() - 1).to() == null;
    }

    /** The periods with the last (open) one closed at the instant; unchanged when none is open. */
    private static List<Period> closed(List<Period> periods, Instant at) {
        if (!open(periods)) {
            return periods;
        }
        List<Period> changed = new ArrayList<>(periods);
        Period last = changed.remove(changed.size() - 1);
        changed.add(last.closedAt(at));
        return List.copyOf(changed);
    }

    private static List<Period> opened(List<Period> periods, Instant at) {
        List<Period> changed = new ArrayList<>(periods == null ? List.of() : periods);
        changed.add(new Period(at, null));
        return List.copyOf(changed);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the state and its history

    private record Member(PartnerId partnerId, Email email) {
    }

    private record SeatKey(HubId hubId, Email email) {
    }

    private record AssignmentKey(PartnerId partnerId, Email email, HubId hubId) {
    }

    /** The instants {@code from <= t < to}; {@code to} is null while the period lasts. */
    private record Period(Instant from, Instant to) {

        boolean covers(Instant t) {
            return !from.isAfter(t) && (to == null || t.isBefore(to));
        }

        Period closedAt(Instant at) {
            return new Period(from, at.isBefore(from) ? from : at);
        }
    }

    private record SeatPeriod(Instant from, Instant to, SeatStatus status) {

        boolean covers(Instant t) {
            return !from.isAfter(t) && (to == null || t.isBefore(to));
        }
    }

    /** What the points formula reads of a client from an instant on: currency, MRR and growth-market flag. */
    private record ClientEntry(Instant from, CurrencyCode currency, BigDecimal mrr, boolean growthMarket) {
    }

    /** A client's name (current value only) and its effective-dated entries, oldest first. */
    private record ClientRecord(HubId hubId, String name, List<ClientEntry> entries) {

        ClientEntry latest() {
            return entries.get(entries.size() - 1);
        }

        /** The account as at t; before the first entry, the latest currency and flag with MRR zero. */
        ClientAccount at(Instant t) {
            ClientEntry found = null;
            for (ClientEntry entry : entries) {
                if (!entry.from().isAfter(t) && (found == null || !entry.from().isBefore(found.from()))) {
                    found = entry;
                }
            }
            if (found == null) {
                ClientEntry latest = latest();
                return new ClientAccount(hubId, name, latest.currency(),
                        BigDecimal.ZERO.setScale(latest.currency().minorUnits()), latest.growthMarket());
            }
            return new ClientAccount(hubId, name, found.currency(), found.mrr(), found.growthMarket());
        }

        ClientAccount now() {
            ClientEntry latest = latest();
            return new ClientAccount(hubId, name, latest.currency(), latest.mrr(), latest.growthMarket());
        }
    }

    /** An activity's fields the queries scan. */
    private record ActivityFacts(HubId hubId, Email email, Instant occurredAt) {
        static ActivityFacts of(RecordedActivity recorded) {
            return new ActivityFacts(recorded.activity().hubId(), recorded.activity().userEmail(),
                    recorded.activity().occurredAt());
        }
    }

    private static final class State {
        Map<PartnerId, Partner> partners;
        /** The latest name and kind of every partner user ever added, kept after removal. */
        Map<Member, PartnerUser> partnerUsers;
        Map<Member, List<Period>> memberships;
        Map<HubId, ClientRecord> clients;
        Map<SeatKey, List<SeatPeriod>> seats;
        Map<AssignmentKey, List<Period>> assignments;
        List<RelationshipEnd> ends;
        /** The servicing spans of each relationship that has some, kept by ingestion and commands (§5.5). */
        Map<Relationship, List<ServicingSpan>> spans;
        List<AuditEntry> audit;
        LinkedHashMap<ActivityId, RecordedActivity> activities;
        List<QualifyingActions> catalogue;
        List<PointUnit> pointUnits;

        static State seeded() {
            State state = new State();
            state.partners = new HashMap<>();
            state.partnerUsers = new HashMap<>();
            state.memberships = new HashMap<>();
            state.clients = new HashMap<>();
            state.seats = new HashMap<>();
            state.assignments = new HashMap<>();
            state.ends = new ArrayList<>();
            state.spans = new HashMap<>();
            state.audit = new ArrayList<>();
            state.activities = new LinkedHashMap<>();
            state.catalogue = new ArrayList<>(SEEDED_CATALOGUE);
            state.pointUnits = new ArrayList<>(SEEDED_POINT_UNITS);
            return state;
        }

        /** A copy whose containers are its own; the values in them are immutable and shared. */
        State copy() {
            State copy = new State();
            copy.partners = new HashMap<>(partners);
            copy.partnerUsers = new HashMap<>(partnerUsers);
            copy.memberships = new HashMap<>(memberships);
            copy.clients = new HashMap<>(clients);
            copy.seats = new HashMap<>(seats);
            copy.assignments = new HashMap<>(assignments);
            copy.ends = new ArrayList<>(ends);
            copy.spans = new HashMap<>(spans);
            copy.audit = new ArrayList<>(audit);
            copy.activities = new LinkedHashMap<>(activities);
            copy.catalogue = new ArrayList<>(catalogue);
            copy.pointUnits = new ArrayList<>(pointUnits);
            return copy;
        }

        // the present

        boolean present(PartnerId partnerId, Email email) {
            return open(memberships.get(new Member(partnerId, email)));
        }

        List<Email> presentMembers(PartnerId partnerId) {
            return memberships.entrySet().stream()
                    .filter(e -> e.getKey().partnerId().equals(partnerId) && open(e.getValue()))
                    .map(e -> e.getKey().email())
                    .sorted(Comparator.comparing(Email::value))
                    .toList();
        }

        Optional<ClientAccount> clientNow(HubId hubId) {
            return Optional.ofNullable(clients.get(hubId)).map(ClientRecord::now);
        }

        Optional<SeatStatus> seatNow(HubId hubId, Email email) {
            List<SeatPeriod> periods = seats.get(new SeatKey(hubId, email));
            if (periods == null || periods.isEmpty() || periods.get(periods.size() - 1).to() != null) {
                return Optional.empty();
            }
            return Optional.of(periods.get(periods.size() - 1).status());
        }

        List<HubId> assignedHubsNow(PartnerId partnerId, Email email) {
            return assignments.entrySet().stream()
                    .filter(e -> e.getKey().partnerId().equals(partnerId) && e.getKey().email().equals(email)
                            && open(e.getValue()))
                    .map(e -> e.getKey().hubId())
                    .sorted()
                    .toList();
        }

        // any instant

        boolean assignedAt(PartnerId partnerId, Email email, HubId hubId, Instant t) {
            return covers(assignments.get(new AssignmentKey(partnerId, email, hubId)), t);
        }

        Optional<SeatStatus> seatAt(HubId hubId, Email email, Instant t) {
            List<SeatPeriod> periods = seats.get(new SeatKey(hubId, email));
            if (periods == null) {
                return Optional.empty();
            }
            return periods.stream().filter(p -> p.covers(t)).map(SeatPeriod::status).reduce((a, b) -> b);
        }

        Standing standing(StandingKey key) {
            List<PartnerId> members = memberships.keySet().stream()
                    .filter(member -> member.email().equals(key.email()))
                    .map(Member::partnerId)
                    .filter(partner -> covers(memberships.get(new Member(partner, key.email())), key.at())
                            && assignedAt(partner, key.email(), key.hubId(), key.at()))
                    .distinct()
                    .sorted(Comparator.comparing(PartnerId::value))
                    .toList();
            return new Standing(seatAt(key.hubId(), key.email(), key.at()), members);
        }

        /** The latest (by instant, then activity id) activity attributed to the partner there at or before t. */
        Optional<AttributedActivity> lastAttributed(PartnerId partnerId, HubId hubId, Instant t, Optional<Email> by) {
            RecordedActivity found = null;
            for (RecordedActivity recorded : activities.values()) {
                ActivityFacts a = ActivityFacts.of(recorded);
                if (!a.hubId().equals(hubId) || !recorded.attributedTo().contains(partnerId) || a.occurredAt().isAfter(t)
                        || by.filter(email -> !email.equals(a.email())).isPresent()) {
                    continue;
                }
                if (found == null || LATEST_FIRST.compare(recorded, found) < 0) {
                    found = recorded;
                }
            }
            return Optional.ofNullable(found).map(r -> new AttributedActivity(r.activity().id(),
                    r.activity().userEmail(), r.activity().occurredAt()));
        }

        /** Every end of the relationship at or before t, oldest first; ends at the same instant in recorded order. */
        List<RelationshipEnd> endsUpTo(PartnerId partnerId, HubId hubId, Instant t) {
            return ends.stream()
                    .filter(end -> end.partnerId().equals(partnerId) && end.hubId().equals(hubId)
                            && !end.endedAt().isAfter(t))
                    .sorted(Comparator.comparing(RelationshipEnd::endedAt))
                    .toList();
        }

        /** The relationship's attributed activities and ends: what its spans are computed from. */
        RelationshipLedger ledger(Relationship relationship) {
            List<AttributedActivity> attributed = new ArrayList<>();
            for (RecordedActivity recorded : activities.values()) {
                if (recorded.activity().hubId().equals(relationship.hubId())
                        && recorded.attributedTo().contains(relationship.partnerId())) {
                    Activity a = recorded.activity();
                    attributed.add(new AttributedActivity(a.id(), a.userEmail(), a.occurredAt()));
                }
            }
            List<RelationshipEnd> relationshipEnds = ends.stream()
                    .filter(end -> end.partnerId().equals(relationship.partnerId()) && end.hubId().equals(relationship.hubId()))
                    .toList();
            return new RelationshipLedger(attributed, relationshipEnds);
        }

        /**
         * As the PostgreSQL store reads them: the partner's own facts with its latest activity at or before t from its
         * spans (from the ledger only when the span has activities after t), and the other partners whose spans cover t.
         */
        Optional<ClientFacts> clientFacts(PartnerId partnerId, HubId hubId, Instant t) {
            ClientRecord client = clients.get(hubId);
            if (client == null) {
                return Optional.empty();
            }
            Optional<AttributedActivity> last = ServicingSpans
                    .latestStartedBy(spans.getOrDefault(new Relationship(partnerId, hubId), List.of()), t)
                    .map(span -> span.lastKnownAt(t).or(() -> lastAttributed(partnerId, hubId, t, Optional.empty())))
                    .orElse(Optional.empty());
            RelationshipFacts own = RelationshipFacts.withEnds(partnerId, last, endsUpTo(partnerId, hubId, t));
            Set<PartnerId> others = new TreeSet<>(Comparator.comparing(PartnerId::value));
            spans.forEach((relationship, relationshipSpans) -> {
                if (relationship.hubId().equals(hubId) && !relationship.partnerId().equals(partnerId)
                        && ServicingSpans.latestStartedBy(relationshipSpans, t).filter(span -> span.covers(t)).isPresent()) {
                    others.add(relationship.partnerId());
                }
            });
            ClientAccount account = client.at(t);
            return Optional.of(new ClientFacts(account, unitAt(account.currency(), t), List.of(own), others));
        }

        void saveSpans(Map<Relationship, List<ServicingSpan>> changed) {
            changed.forEach((relationship, relationshipSpans) -> {
                if (relationshipSpans.isEmpty()) {
                    spans.remove(relationship);
                } else {
                    spans.put(relationship, List.copyOf(relationshipSpans));
                }
            });
        }

        Optional<BigDecimal> unitAt(CurrencyCode currency, Instant t) {
            PointUnit found = null;
            for (PointUnit unit : pointUnits) {
                if (unit.currency().equals(currency) && !unit.effectiveFrom().isAfter(t)
                        && (found == null || !unit.effectiveFrom().isBefore(found.effectiveFrom()))) {
                    found = unit;
                }
            }
            return Optional.ofNullable(found).map(PointUnit::unit);
        }
    }

    private static final Comparator<RecordedActivity> OLDEST_FIRST =
            Comparator.comparing((RecordedActivity r) -> r.activity().occurredAt())
                    .thenComparing(r -> r.activity().id().value());

    private static final Comparator<RecordedActivity> LATEST_FIRST =
            Comparator.comparing((RecordedActivity r) -> r.activity().occurredAt())
                    .thenComparing(r -> r.activity().id().value())
                    .reversed();

    // ---------------------------------------------------------------------------------------------------------------
    // the views handed to a transaction's work

    private abstract static class View {
        final State state;
        volatile boolean closed;

        View(State state) {
            this.state = state;
        }

        void requireOpen() {
            if (closed) {
                throw new IllegalStateException("used after its transaction completed");
            }
        }

        static IllegalStateException broken(String what) {
            return new IllegalStateException(what);
        }
    }

    private static final class CommandStore extends View implements AccessCommandPort {

        CommandStore(State state) {
            super(state);
        }

        private <T> CompletionStage<T> answer(java.util.function.Supplier<T> answer) {
            try {
                requireOpen();
                return done(answer.get());
            } catch (RuntimeException failure) {
                return CompletableFuture.failedFuture(failure);
            }
        }

        private CompletionStage<Void> write(Runnable write) {
            try {
                requireOpen();
                write.run();
                return done();
            } catch (RuntimeException failure) {
                return CompletableFuture.failedFuture(failure);
            }
        }

        @Override
        public CompletionStage<AccessSnapshot> load(AccessScope scope) {
            return answer(() -> {
                Instant from = scope.pendingFrom();
                Set<HubId> covered = new TreeSet<>(scope.hubIds());
                if (scope.clientsOfEmails()) {
                    state.seats.keySet().stream()
                            .filter(key -> scope.emails().contains(key.email())
                                    && state.seatNow(key.hubId(), key.email()).isPresent())
                            .forEach(key -> covered.add(key.hubId()));
                    state.assignments.entrySet().stream()
                            .filter(e -> ofPartner(scope, e.getKey()) && open(e.getValue()))
                            .forEach(e -> covered.add(e.getKey().hubId()));
                }
                scope.tool().ifPresent(tool -> state.activities.values().stream()
                        .filter(r -> r.activity().tool().equals(tool) && !r.activity().occurredAt().isBefore(from))
                        .forEach(r -> covered.add(r.activity().hubId())));
                List<Seat> seats = state.seats.keySet().stream()
                        .filter(key -> covered.contains(key.hubId()) || scope.emails().contains(key.email()))
                        .flatMap(key -> state.seatNow(key.hubId(), key.email()).stream()
                                .map(status -> new Seat(key.hubId(), key.email(), status)))
                        .toList();
                Set<Email> emails = new HashSet<>(scope.emails());
                seats.stream().filter(seat -> covered.contains(seat.hubId())).forEach(seat -> emails.add(seat.email()));
                List<PartnerUser> memberships = state.memberships.entrySet().stream()
                        .filter(e -> emails.contains(e.getKey().email()) && open(e.getValue()))
                        .map(e -> state.partnerUsers.get(e.getKey()))
                        .toList();
                List<Assignment> assignments = state.assignments.entrySet().stream()
                        .filter(e -> open(e.getValue())
                                && (covered.contains(e.getKey().hubId()) || ofPartner(scope, e.getKey())))
                        .map(e -> new Assignment(e.getKey().partnerId(), e.getKey().email(), e.getKey().hubId()))
                        .toList();
                List<RecordedActivity> pending = state.activities.values().stream()
                        .filter(r -> covered.contains(r.activity().hubId()) && !r.activity().occurredAt().isBefore(from)
                                && scope.tool().map(tool -> tool.equals(r.activity().tool())).orElse(true))
                        .sorted(OLDEST_FIRST)
                        .toList();
                Map<HubId, ClientAccount> clients = new HashMap<>();
                scope.hubIds().forEach(hubId -> state.clientNow(hubId).ifPresent(client -> clients.put(hubId, client)));
                List<String> assets = !scope.assets() ? List.of() : state.activities.values().stream()
                        .map(RecordedActivity::activity)
                        .filter(a -> scope.hubIds().contains(a.hubId()) && scope.emails().contains(a.userEmail())
                                && a.assetId() != null)
                        .map(Activity::assetId)
                        .distinct()
                        .sorted()
                        .toList();
                return new AccessSnapshot(scope.partnerId().map(state.partners::get), clients, covered, memberships,
                        seats, assignments, pending, new QualifyingCatalogue(List.copyOf(state.catalogue)), assets);
            });
        }

        /** An assignment of one of the scope's e-mails in the scope's partner. */
        private static boolean ofPartner(AccessScope scope, AssignmentKey key) {
            return scope.partnerId().map(key.partnerId()::equals).orElse(false) && scope.emails().contains(key.email());
        }

        @Override
        public CompletionStage<Void> apply(AccessChanges changes) {
            return write(() -> {
                Instant at = changes.at();
                changes.usersAdded().forEach(user -> addPartnerUser(user, at));
                changes.usersUpdated().forEach(this::updatePartnerUser);
                changes.assignmentsClosed().forEach(a -> unassign(a.partnerId(), a.email(), a.hubId(), at));
                changes.usersRemoved().forEach(user -> removePartnerUser(user.partnerId(), user.email(), at));
                changes.seatsClosed().forEach(seat -> removeSeat(seat.hubId(), seat.email(), at));
                changes.seatsOpened().forEach(seat -> openSeat(seat, at));
                changes.assignmentsOpened().forEach(a -> assign(a.partnerId(), a.email(), a.hubId(), at));
                changes.ends().forEach(end -> state.ends.add(end));
                changes.rejudged().forEach(this::reattribute);
                changes.qualifyingActions().ifPresent(this::saveQualifyingActions);
            });
        }

        @Override
        public CompletionStage<Map<Relationship, RelationshipLedger>> ledgers(Collection<Relationship> relationships) {
            return answer(() -> {
                Map<Relationship, RelationshipLedger> ledgers = new LinkedHashMap<>();
                relationships.forEach(relationship -> ledgers.put(relationship, state.ledger(relationship)));
                return ledgers;
            });
        }

        @Override
        public CompletionStage<Void> saveSpans(Map<Relationship, List<ServicingSpan>> spans) {
            return write(() -> state.saveSpans(spans));
        }

        @Override
        public CompletionStage<Boolean> savePartner(Partner partner) {
            return answer(() -> state.partners.put(partner.id(), partner) == null);
        }

        @Override
        public CompletionStage<Boolean> saveClient(ClientAccount client, Instant at) {
            return answer(() -> {
                ClientRecord existing = state.clients.get(client.hubId());
                ClientEntry entry = new ClientEntry(at, client.currency(), client.mrr(), client.growthMarket());
                if (existing == null) {
                    state.clients.put(client.hubId(), new ClientRecord(client.hubId(), client.name(), List.of(entry)));
                    return true;
                }
                List<ClientEntry> history = existing.entries();
                ClientEntry latest = existing.latest();
                if (!latest.currency().equals(client.currency()) || latest.mrr().compareTo(client.mrr()) != 0
                        || latest.growthMarket() != client.growthMarket()) {
                    List<ClientEntry> changed = new ArrayList<>(history);
                    if (latest.from().equals(at)) {
                        changed.remove(changed.size() - 1);
                    }
                    changed.add(entry);
                    history = List.copyOf(changed);
                }
                state.clients.put(client.hubId(), new ClientRecord(client.hubId(), client.name(), history));
                return false;
            });
        }

        @Override
        public CompletionStage<Void> recordAudit(AuditEntry entry) {
            return write(() -> state.audit.add(Objects.requireNonNull(entry, "entry")));
        }

        // the changes, one by one; each refuses what the schema refuses

        private void addPartnerUser(PartnerUser user, Instant at) {
            if (!state.partners.containsKey(user.partnerId())) {
                throw broken("no partner " + user.partnerId());
            }
            Member member = new Member(user.partnerId(), user.email());
            if (state.present(user.partnerId(), user.email())) {
                throw broken(user.email() + " is already a user of " + user.partnerId());
            }
            state.partnerUsers.put(member, user);
            state.memberships.put(member, opened(state.memberships.get(member), at));
        }

        private void updatePartnerUser(PartnerUser user) {
            if (!state.present(user.partnerId(), user.email())) {
                throw broken(user.email() + " is not a user of " + user.partnerId());
            }
            state.partnerUsers.put(new Member(user.partnerId(), user.email()), user);
        }

        private void removePartnerUser(PartnerId partnerId, Email email, Instant at) {
            Member member = new Member(partnerId, email);
            state.memberships.put(member, closed(state.memberships.get(member), at));
        }

        private void openSeat(Seat opened, Instant at) {
            if (!state.clients.containsKey(opened.hubId())) {
                throw broken("no client " + opened.hubId());
            }
            SeatKey seat = new SeatKey(opened.hubId(), opened.email());
            if (state.seatNow(opened.hubId(), opened.email()).isPresent()) {
                throw broken(opened.email() + " already has a seat in " + opened.hubId());
            }
            List<SeatPeriod> changed = new ArrayList<>(state.seats.getOrDefault(seat, List.of()));
            changed.add(new SeatPeriod(at, null, opened.status()));
            state.seats.put(seat, List.copyOf(changed));
        }

        private void removeSeat(HubId hubId, Email email, Instant at) {
            if (state.seatNow(hubId, email).isEmpty()) {
                return;
            }
            SeatKey seat = new SeatKey(hubId, email);
            List<SeatPeriod> changed = new ArrayList<>(state.seats.get(seat));
            SeatPeriod last = changed.remove(changed.size() - 1);
            changed.add(new SeatPeriod(last.from(), at.isBefore(last.from()) ? last.from() : at, last.status()));
            state.seats.put(seat, List.copyOf(changed));
        }

        private void assign(PartnerId partnerId, Email email, HubId hubId, Instant at) {
            if (!state.present(partnerId, email)) {
                throw broken(email + " is not a user of " + partnerId);
            }
            if (!state.clients.containsKey(hubId)) {
                throw broken("no client " + hubId);
            }
            AssignmentKey key = new AssignmentKey(partnerId, email, hubId);
            if (!open(state.assignments.get(key))) {
                state.assignments.put(key, opened(state.assignments.get(key), at));
            }
        }

        private void unassign(PartnerId partnerId, Email email, HubId hubId, Instant at) {
            AssignmentKey key = new AssignmentKey(partnerId, email, hubId);
            List<Period> periods = state.assignments.get(key);
            if (open(periods)) {
                state.assignments.put(key, closed(periods, at));
            }
        }

        private void reattribute(Rejudgement rejudged) {
            ActivityId id = rejudged.activity().activity().id();
            RecordedActivity stored = state.activities.get(id);
            if (stored == null) {
                throw broken("no activity " + id);
            }
            state.activities.put(id, new RecordedActivity(stored.activity(), rejudged.qualifies(),
                    rejudged.attributedTo()));
        }

        private void saveQualifyingActions(QualifyingActions actions) {
            state.catalogue.removeIf(entry -> entry.tool().equals(actions.tool())
                    && entry.effectiveFrom().equals(actions.effectiveFrom()));
            state.catalogue.add(actions);
        }
    }

    private static final class Ledger extends View implements ActivityLedgerPort {

        Ledger(State state) {
            super(state);
        }

        private <T> CompletionStage<T> answer(java.util.function.Supplier<T> answer) {
            try {
                requireOpen();
                return done(answer.get());
            } catch (RuntimeException failure) {
                return CompletableFuture.failedFuture(failure);
            }
        }

        @Override
        public CompletionStage<Set<HubId>> existingClients(Collection<HubId> hubIds) {
            return answer(() -> hubIds.stream().filter(state.clients::containsKey)
                    .collect(Collectors.toCollection(TreeSet::new)));
        }

        @Override
        public CompletionStage<Map<StandingKey, Standing>> standings(Collection<StandingKey> keys) {
            return answer(() -> {
                Map<StandingKey, Standing> answers = new LinkedHashMap<>();
                for (StandingKey key : keys) {
                    answers.put(key, state.standing(key));
                }
                return answers;
            });
        }

        @Override
        public CompletionStage<Set<ActivityId>> insertNew(List<RecordedActivity> activities) {
            return answer(() -> {
                Set<ActivityId> inserted = new LinkedHashSet<>();
                for (RecordedActivity recorded : activities) {
                    if (state.activities.putIfAbsent(recorded.activity().id(), recorded) == null) {
                        inserted.add(recorded.activity().id());
                    }
                }
                return inserted;
            });
        }

        @Override
        public CompletionStage<Map<Relationship, RelationshipSpans>> lockSpans(Collection<Relationship> relationships) {
            return answer(() -> {
                Map<Relationship, RelationshipSpans> found = new LinkedHashMap<>();
                for (Relationship relationship : relationships) {
                    found.put(relationship, new RelationshipSpans(state.spans.getOrDefault(relationship, List.of()),
                            state.ledger(relationship).ends()));
                }
                return found;
            });
        }

        @Override
        public CompletionStage<Void> saveSpans(Map<Relationship, List<ServicingSpan>> spans) {
            return answer(() -> {
                state.saveSpans(spans);
                return null;
            });
        }

        @Override
        public CompletionStage<Map<ActivityId, Activity>> stored(Collection<ActivityId> ids) {
            return answer(() -> {
                Map<ActivityId, Activity> found = new LinkedHashMap<>();
                for (ActivityId id : ids) {
                    RecordedActivity recorded = state.activities.get(id);
                    if (recorded != null) {
                        found.put(id, recorded.activity());
                    }
                }
                return found;
            });
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // seeds

    private static List<QualifyingActions> seededCatalogue() {
        List<QualifyingActions> entries = new ArrayList<>();
        entries.add(new QualifyingActions("BLOG", Set.of("PUBLISH"), Instant.EPOCH));
        for (String tool : List.of("EMAIL", "LANDING_PAGES", "WEBSITE_PAGES", "FORMS", "CTAS", "WORKFLOWS", "LISTS",
                "CRM", "REPORTS", "SOCIAL", "ADS", "SEQUENCES", "KNOWLEDGE_BASE")) {
            entries.add(new QualifyingActions(tool, EDITING, Instant.EPOCH));
        }
        return List.copyOf(entries);
    }

    private static PointUnit unit(String currency, String unit) {
        return new PointUnit(CurrencyCode.of(currency), new BigDecimal(unit), Instant.EPOCH);
    }
}
