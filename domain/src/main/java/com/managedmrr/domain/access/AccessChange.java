package com.managedmrr.domain.access;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.audit.AuditEntry;
import com.managedmrr.domain.audit.AuditTrail;
import com.managedmrr.domain.credit.AttributionPolicy;
import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.credit.QualifyingCatalogue;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.DomainException.FieldError;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.store.RecordedActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One access command decided on its snapshot, without any store: the rules of docs/rules.md §3 (assignment, Add
 * employees takes employees only, Link clients contractors with a seat), §5 (immediate ends), §9 (automatic
 * assignment when a seat appears or an employee joins) and §4.2/§4.4 (activities received ahead of the clock are
 * judged anew by the state the command leaves). Each command method refuses ({@code DomainException}) before
 * changing anything, or changes the working state and notes its audit effects in order; {@link #changes()} and
 * {@link #auditEntry()} then tell what to write. One command per instance.
 */
public final class AccessChange {

    private record Member(PartnerId partnerId, Email email) {
    }

    private record SeatKey(HubId hubId, Email email) {
    }

    private static final Comparator<PartnerUser> BY_PARTNER = Comparator.comparing(user -> user.partnerId().value());

    private final AccessSnapshot snapshot;
    private final Instant now;
    private final Map<Member, PartnerUser> users = new LinkedHashMap<>();
    private final Map<SeatKey, SeatStatus> seats = new LinkedHashMap<>();
    private final Set<Assignment> assignments = new LinkedHashSet<>();
    private final List<RelationshipEnd> ends = new ArrayList<>();
    private final Set<HubId> rejudgedHubs = new TreeSet<>();
    private final AuditTrail audit = new AuditTrail();
    private QualifyingCatalogue catalogue;
    private QualifyingActions qualifyingActions;
    private String rejudgedTool;
    private AuditEntry entry;

    public AccessChange(AccessSnapshot snapshot, Instant now) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.now = Objects.requireNonNull(now, "now");
        snapshot.memberships().forEach(user -> users.put(new Member(user.partnerId(), user.email()), user));
        snapshot.seats().forEach(seat -> seats.put(new SeatKey(seat.hubId(), seat.email()), seat.status()));
        assignments.addAll(snapshot.assignments());
        catalogue = snapshot.catalogue();
    }

    /** Who Add employees newly assigned, and whose seat it newly added. */
    public record EmployeesAdded(List<Email> assigned, List<Email> seatsAdded) {

        public EmployeesAdded {
            assigned = List.copyOf(assigned);
            seatsAdded = List.copyOf(seatsAdded);
        }
    }

    /** The command's instant: every change takes effect then. */
    public Instant now() {
        return now;
    }

    // the commands

    /**
     * Add employees: each is assigned to the client and, where the e-mail has no seat there, given an ACTIVE one
     * (which, as any seat going from absent to present, also assigns the e-mail's other partners that employ it).
     * Every e-mail must be a present employee of the partner, else nothing changes (NOT_AN_EMPLOYEE, one error per
     * offending e-mail).
     */
    public EmployeesAdded addEmployees(Actor actor, PartnerId partnerId, HubId hubId, List<Email> emails) {
        requirePartner(partnerId);
        requireClient(hubId);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            Optional<PartnerUser> user = presentUser(partnerId, emails.get(i));
            if (user.isEmpty()) {
                errors.add(new FieldError("emails[" + i + "]", emails.get(i) + " is not a user of partner '"
                        + partnerId + "'"));
            } else if (!user.get().isEmployee()) {
                errors.add(new FieldError("emails[" + i + "]", emails.get(i) + " is a contractor, not an employee"));
            }
        }
        if (!errors.isEmpty()) {
            throw AccessRefusals.notAnEmployee(errors);
        }
        Set<Email> assignedBefore = assignedUsers(partnerId, hubId);
        List<Email> assigned = new ArrayList<>();
        List<Email> seatsAdded = new ArrayList<>();
        for (Email email : emails) {
            assignments.add(new Assignment(partnerId, email, hubId));
            if (!assignedBefore.contains(email)) {
                assigned.add(email);
                audit.assigned(partnerId, email, hubId, false);
            }
            if (seat(hubId, email).isEmpty()) {
                seatsAdded.add(email);
                audit.note("added " + email + " to client account " + hubId + " as ACTIVE");
                seats.put(new SeatKey(hubId, email), SeatStatus.ACTIVE);
                assignOnSeatAdded(hubId, email);
            }
        }
        rejudgedHubs.add(hubId);
        record(actor, AuditAction.EMPLOYEES_ADDED, partnerId, hubId, emails.size() == 1 ? emails.get(0) : null);
        return new EmployeesAdded(assigned, seatsAdded);
    }

    /**
     * Link clients: assigns a contractor to a client account in which the contractor's e-mail already has a seat.
     * An unknown Hub ID is answered like a client account without the contractor, so another partner's admin cannot
     * learn from it which Hub IDs exist. Answers whether the contractor was newly assigned.
     */
    public boolean linkClient(Actor actor, PartnerId partnerId, HubId hubId, Email email) {
        PartnerUser user = requirePartnerUser(partnerId, email);
        if (user.isEmployee()) {
            throw AccessRefusals.notAContractor(user.email());
        }
        if (!snapshot.clients().containsKey(hubId) || seat(hubId, email).isEmpty()) {
            throw AccessRefusals.contractorNotAClientUser(hubId, email);
        }
        boolean newly = assignments.add(new Assignment(partnerId, email, hubId));
        if (newly) {
            audit.assigned(partnerId, email, hubId, false);
        }
        rejudgedHubs.add(hubId);
        record(actor, AuditAction.CLIENT_LINKED, partnerId, hubId, email);
        return newly;
    }

    /** Unassign: the assignment ends now; the seat stays and nothing ends at once (docs/rules.md §5). */
    public void unassign(Actor actor, PartnerId partnerId, HubId hubId, Email email) {
        requirePartnerClientAndUser(partnerId, hubId, email);
        if (assignments.remove(new Assignment(partnerId, email, hubId))) {
            audit.unassigned(partnerId, email, hubId);
        }
        rejudgedHubs.add(hubId);
        record(actor, AuditAction.UNASSIGNED, partnerId, hubId, email);
    }

    /** Reactivate: a DEACTIVATED seat becomes ACTIVE; it never assigns. Answers the seat's status, ACTIVE. */
    public SeatStatus reactivate(Actor actor, PartnerId partnerId, HubId hubId, Email email) {
        requirePartnerClientAndUser(partnerId, hubId, email);
        Optional<SeatStatus> seat = seat(hubId, email);
        if (seat.isEmpty()) {
            throw AccessRefusals.notAClientUser(hubId, email);
        }
        if (seat.get() == SeatStatus.DEACTIVATED) {
            audit.note("reactivated " + email + " in client account " + hubId);
            seats.put(new SeatKey(hubId, email), SeatStatus.ACTIVE);
        }
        rejudgedHubs.add(hubId);
        record(actor, AuditAction.USER_REACTIVATED, partnerId, hubId, email);
        return SeatStatus.ACTIVE;
    }

    /**
     * Remove employee from client: the seat goes (when there is one) and so does this partner's assignment; every
     * partner of the e-mail (this one included) none of whose users is seated there any more loses the relationship
     * at once (docs/rules.md §5). Answers whether this partner's relationship ended.
     */
    public boolean removeStaff(Actor actor, PartnerId partnerId, HubId hubId, Email email) {
        requirePartnerClientAndUser(partnerId, hubId, email);
        boolean seated = seat(hubId, email).isPresent();
        if (seated) {
            audit.note("removed " + email + " from client account " + hubId);
        }
        Assignment assignment = new Assignment(partnerId, email, hubId);
        if (assignments.contains(assignment)) {
            audit.unassigned(partnerId, email, hubId);
        }
        seats.remove(new SeatKey(hubId, email));
        assignments.remove(assignment);
        Set<PartnerId> ended = endAfterSeatRemoved(hubId, email, seated);
        rejudgedHubs.add(hubId);
        record(actor, AuditAction.STAFF_REMOVED, partnerId, hubId, email);
        return ended.contains(partnerId);
    }

    /**
     * What Remove employee from client would do: the client account the user loses access to (when they have a
     * seat there), the assets of their activities there, and whether it ends the partner's managed relationship
     * (they are seated there and no other of the partner's users is). Changes nothing.
     */
    public RemovalReview reviewRemoval(PartnerId partnerId, HubId hubId, Email email) {
        requirePartnerClientAndUser(partnerId, hubId, email);
        boolean seated = seat(hubId, email).isPresent();
        Set<Email> othersStillSeated = new LinkedHashSet<>(seatedUsers(partnerId, hubId));
        othersStillSeated.remove(email);
        boolean ends = ImmediateEndPolicy.afterSeatRemoved(seated, othersStillSeated).isPresent();
        return new RemovalReview(seated ? List.of(hubId) : List.of(), snapshot.assetIds(), ends);
    }

    /**
     * The client account adds a user or changes their status. Only a seat going from absent to present assigns
     * (every partner of which the e-mail is a present employee); status changes never do. Answers whether the seat
     * was added.
     */
    public boolean setSeat(Actor actor, HubId hubId, Email email, SeatStatus status) {
        requireClient(hubId);
        Optional<SeatStatus> current = seat(hubId, email);
        boolean added = current.isEmpty();
        if (added) {
            audit.note("added " + email + " to client account " + hubId + " as " + status);
            seats.put(new SeatKey(hubId, email), status);
            assignOnSeatAdded(hubId, email);
        } else if (current.get() != status) {
            audit.note("changed the seat of " + email + " in client account " + hubId + " from " + current.get()
                    + " to " + status);
            seats.put(new SeatKey(hubId, email), status);
        }
        rejudgedHubs.add(hubId);
        record(actor, AuditAction.SEAT_SET, null, hubId, email);
        return added;
    }

    /**
     * The client account's own removal of a seat. Assignments in partner accounts stay; a partner whose last user
     * there this was loses the managed relationship at once (docs/rules.md §5).
     */
    public void removeSeat(Actor actor, HubId hubId, Email email) {
        requireClient(hubId);
        if (seat(hubId, email).isEmpty()) {
            throw AccessRefusals.clientUserNotFound(hubId, email);
        }
        audit.note("removed " + email + " from client account " + hubId);
        seats.remove(new SeatKey(hubId, email));
        endAfterSeatRemoved(hubId, email, true);
        rejudgedHubs.add(hubId);
        record(actor, AuditAction.SEAT_REMOVED, null, hubId, email);
    }

    /**
     * A user who is not present in the partner account (new, or removed before) is added now and, when an employee,
     * assigned to every client account where the e-mail has a seat (docs/rules.md §9). A present user only has their
     * name and kind updated; that never assigns. An employee's e-mail must be in one of the partner's domains.
     * Answers whether the user was added.
     */
    public boolean upsertPartnerUser(Actor actor, PartnerUser user) {
        Partner partner = requirePartner(user.partnerId());
        if (user.isEmployee() && !partner.acceptsEmployee(user.email())) {
            throw AccessRefusals.employeeDomainMismatch(partner, user);
        }
        PartnerId partnerId = user.partnerId();
        Email email = user.email();
        boolean added = presentUser(partnerId, email).isEmpty();
        if (added) {
            audit.note(partnerId, "added " + email + " to the partner account as " + user.kind() + " '" + user.name()
                    + "'");
            Set<HubId> alreadyAssigned = assignedHubs(partnerId, email);
            users.put(new Member(partnerId, email), user);
            for (HubId hubId : AutomaticAssignmentPolicy.onJoiningPartner(user, seatedHubs(email))) {
                if (!alreadyAssigned.contains(hubId)) {
                    audit.assigned(partnerId, email, hubId, true);
                }
                assignments.add(new Assignment(partnerId, email, hubId));
            }
        } else {
            audit.note(partnerId, "updated " + email + ": " + user.kind() + " '" + user.name() + "'");
            users.put(new Member(partnerId, email), user);
        }
        rejudgedHubs.addAll(seatedHubs(email));
        record(actor, AuditAction.PARTNER_USER_UPSERTED, partnerId, null, email);
        return added;
    }

    /**
     * Every assignment of the user ends now, then the user leaves the partner account; for each client account where
     * nobody of the partner is assigned any more, the managed relationship ends at once (docs/rules.md §5).
     */
    public void removePartnerUser(Actor actor, PartnerId partnerId, Email email) {
        requirePartnerUser(partnerId, email);
        Set<HubId> assigned = new TreeSet<>(assignedHubs(partnerId, email));
        for (HubId hubId : assigned) {
            audit.unassigned(partnerId, email, hubId);
            assignments.remove(new Assignment(partnerId, email, hubId));
        }
        audit.note(partnerId, "removed " + email + " from the partner account");
        users.remove(new Member(partnerId, email));
        for (HubId hubId : assigned) {
            ImmediateEndPolicy.afterAssignedUserRemovedFromPartner(assignedUsers(partnerId, hubId))
                    .ifPresent(reason -> end(new RelationshipEnd(partnerId, hubId, now, reason)));
        }
        rejudgedHubs.addAll(seatedHubs(email));
        record(actor, AuditAction.PARTNER_USER_REMOVED, partnerId, null, email);
    }

    /**
     * A tool's new qualifying actions take effect now (an entry at the same instant is replaced); its activities
     * received ahead of now are judged anew by the new catalogue, in both directions (docs/rules.md §4.2). Answers
     * whether the tool was not known before.
     */
    public boolean setQualifyingActions(Actor actor, QualifyingActions actions) {
        QualifyingCatalogue before = catalogue;
        boolean created = before.entries().stream().noneMatch(known -> known.tool().equals(actions.tool()));
        List<QualifyingActions> entries = new ArrayList<>(before.entries());
        entries.removeIf(known -> known.tool().equals(actions.tool())
                && known.effectiveFrom().equals(actions.effectiveFrom()));
        entries.add(actions);
        catalogue = new QualifyingCatalogue(entries);
        qualifyingActions = actions;
        rejudgedTool = actions.tool();
        String old = before.currentAt(actions.effectiveFrom()).stream()
                .filter(earlier -> earlier.tool().equals(actions.tool()))
                .findFirst().map(earlier -> sorted(earlier.actions())).orElse("none");
        audit.note("set the qualifying actions of " + actions.tool() + " from " + old + " to "
                + sorted(actions.actions()) + " effective " + actions.effectiveFrom());
        record(actor, AuditAction.QUALIFYING_ACTIONS_SET, null, null, null);
        return created;
    }

    // the outcome

    /** What the command changes, the pending activities judged anew included. */
    public AccessChanges changes() {
        AccessChanges.Builder changes = AccessChanges.at(now);
        Map<Member, PartnerUser> usersBefore = new LinkedHashMap<>();
        snapshot.memberships().forEach(user -> usersBefore.put(new Member(user.partnerId(), user.email()), user));
        users.forEach((member, user) -> {
            PartnerUser before = usersBefore.get(member);
            if (before == null) {
                changes.addUser(user);
            } else if (!before.equals(user)) {
                changes.updateUser(user);
            }
        });
        usersBefore.forEach((member, user) -> {
            if (!users.containsKey(member)) {
                changes.removeUser(user);
            }
        });
        Set<Assignment> assignmentsBefore = new LinkedHashSet<>(snapshot.assignments());
        assignmentsBefore.stream().filter(a -> !assignments.contains(a)).forEach(changes::closeAssignment);
        Map<SeatKey, SeatStatus> seatsBefore = new LinkedHashMap<>();
        snapshot.seats().forEach(seat -> seatsBefore.put(new SeatKey(seat.hubId(), seat.email()), seat.status()));
        seatsBefore.forEach((key, status) -> {
            if (seats.get(key) != status) {
                changes.closeSeat(new Seat(key.hubId(), key.email(), status));
            }
        });
        seats.forEach((key, status) -> {
            if (seatsBefore.get(key) != status) {
                changes.openSeat(new Seat(key.hubId(), key.email(), status));
            }
        });
        assignments.stream().filter(a -> !assignmentsBefore.contains(a)).forEach(changes::openAssignment);
        ends.forEach(changes::end);
        rejudge().forEach(changes::rejudge);
        if (qualifyingActions != null) {
            changes.saveQualifyingActions(qualifyingActions);
        }
        return changes.build();
    }

    /** The command's audit entry, with its effects in the order they happened. */
    public AuditEntry auditEntry() {
        if (entry == null) {
            throw new IllegalStateException("no command was decided");
        }
        return entry;
    }

    // the rules shared by several commands

    /**
     * docs/rules.md §3, §9: the e-mail's seat went from absent to present: every partner of which it is a present
     * employee assigns it to the client account.
     */
    private void assignOnSeatAdded(HubId hubId, Email email) {
        for (PartnerId partnerId : AutomaticAssignmentPolicy.onSeatAdded(membershipsOf(email))) {
            if (assignments.add(new Assignment(partnerId, email, hubId))) {
                audit.assigned(partnerId, email, hubId, true);
            }
        }
    }

    /**
     * docs/rules.md §5: the e-mail's seat was removed (or, when {@code seatExisted} is false, there was none): for
     * every partner of which it is a present user, the relationship ends at once when none of that partner's users
     * is seated there any more. Answers the partners whose relationship ended.
     */
    private Set<PartnerId> endAfterSeatRemoved(HubId hubId, Email email, boolean seatExisted) {
        Set<PartnerId> ended = new LinkedHashSet<>();
        for (PartnerUser user : membershipsOf(email)) {
            ImmediateEndPolicy.afterSeatRemoved(seatExisted, seatedUsers(user.partnerId(), hubId))
                    .ifPresent(reason -> {
                        ended.add(user.partnerId());
                        end(new RelationshipEnd(user.partnerId(), hubId, now, reason));
                    });
        }
        return ended;
    }

    private void end(RelationshipEnd end) {
        ends.add(end);
        audit.ended(end);
    }

    /**
     * docs/rules.md §4.2, §4.4: activities may arrive dated up to 5 minutes ahead of the clock and were judged by the
     * catalogue and standings known then. The command changes those from its instant on, so it judges again every
     * activity dated at or after its instant of the client accounts it touched (or of the tool it changed) by the
     * catalogue and standings it leaves, which hold until the next command.
     */
    private List<Rejudgement> rejudge() {
        List<RecordedActivity> pending = new ArrayList<>();
        for (HubId hubId : rejudgedHubs) {
            snapshot.pending().stream().filter(recorded -> recorded.activity().hubId().equals(hubId))
                    .forEach(pending::add);
        }
        if (rejudgedTool != null) {
            snapshot.pending().stream().filter(recorded -> recorded.activity().tool().equals(rejudgedTool))
                    .forEach(pending::add);
        }
        List<Rejudgement> rejudged = new ArrayList<>();
        for (RecordedActivity recorded : pending) {
            Activity activity = recorded.activity();
            boolean qualifies = catalogue.qualifies(activity.tool(), activity.action(), activity.occurredAt());
            List<PartnerId> attributed = qualifies
                    ? AttributionPolicy.attributedPartners(true, seat(activity.hubId(), activity.userEmail()),
                            assignedMembers(activity.userEmail(), activity.hubId()))
                    : List.of();
            if (qualifies != recorded.qualifies()
                    || !Set.copyOf(attributed).equals(Set.copyOf(recorded.attributedTo()))) {
                rejudged.add(new Rejudgement(recorded, qualifies, attributed));
            }
        }
        return rejudged;
    }

    private void record(Actor actor, AuditAction action, PartnerId partnerId, HubId hubId, Email email) {
        if (entry != null) {
            throw new IllegalStateException("one command per decision");
        }
        entry = audit.entry(now, actor, action, partnerId, hubId, email);
    }

    // the working state

    private Partner requirePartner(PartnerId partnerId) {
        return snapshot.partner().filter(partner -> partner.id().equals(partnerId))
                .orElseThrow(() -> AccessRefusals.partnerNotFound(partnerId));
    }

    private void requireClient(HubId hubId) {
        if (!snapshot.clients().containsKey(hubId)) {
            throw AccessRefusals.clientNotFound(hubId);
        }
    }

    private PartnerUser requirePartnerUser(PartnerId partnerId, Email email) {
        requirePartner(partnerId);
        return presentUser(partnerId, email).orElseThrow(() -> AccessRefusals.partnerUserNotFound(partnerId, email));
    }

    /** The partner, the client account and the present partner user of an access-management action, in that order. */
    private void requirePartnerClientAndUser(PartnerId partnerId, HubId hubId, Email email) {
        requirePartner(partnerId);
        requireClient(hubId);
        if (presentUser(partnerId, email).isEmpty()) {
            throw AccessRefusals.partnerUserNotFound(partnerId, email);
        }
    }

    private Optional<PartnerUser> presentUser(PartnerId partnerId, Email email) {
        return Optional.ofNullable(users.get(new Member(partnerId, email)));
    }

    /** Every partner account in which the e-mail is a present user, by partner. */
    private List<PartnerUser> membershipsOf(Email email) {
        return users.values().stream().filter(user -> user.email().equals(email)).sorted(BY_PARTNER).toList();
    }

    private Optional<SeatStatus> seat(HubId hubId, Email email) {
        return Optional.ofNullable(seats.get(new SeatKey(hubId, email)));
    }

    private List<HubId> seatedHubs(Email email) {
        return seats.keySet().stream().filter(key -> key.email().equals(email)).map(SeatKey::hubId).sorted().toList();
    }

    /** The partner's present users who have a seat (active or deactivated) in the client account. */
    private Set<Email> seatedUsers(PartnerId partnerId, HubId hubId) {
        Set<Email> seated = new LinkedHashSet<>();
        seats.keySet().stream()
                .filter(key -> key.hubId().equals(hubId) && users.containsKey(new Member(partnerId, key.email())))
                .forEach(key -> seated.add(key.email()));
        return seated;
    }

    private Set<Email> assignedUsers(PartnerId partnerId, HubId hubId) {
        Set<Email> assigned = new LinkedHashSet<>();
        assignments.stream().filter(a -> a.partnerId().equals(partnerId) && a.hubId().equals(hubId))
                .forEach(a -> assigned.add(a.email()));
        return assigned;
    }

    private Set<HubId> assignedHubs(PartnerId partnerId, Email email) {
        Set<HubId> assigned = new TreeSet<>();
        assignments.stream().filter(a -> a.partnerId().equals(partnerId) && a.email().equals(email))
                .forEach(a -> assigned.add(a.hubId()));
        return assigned;
    }

    /** The partners of which the e-mail is a present user assigned to the client account. */
    private List<PartnerId> assignedMembers(Email email, HubId hubId) {
        return membershipsOf(email).stream().map(PartnerUser::partnerId)
                .filter(partnerId -> assignments.contains(new Assignment(partnerId, email, hubId)))
                .toList();
    }

    private static String sorted(Set<String> actions) {
        return new TreeSet<>(actions).toString();
    }
}
