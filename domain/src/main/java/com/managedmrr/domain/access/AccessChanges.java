package com.managedmrr.domain.access;

import com.managedmrr.domain.credit.QualifyingActions;
import com.managedmrr.domain.credit.Relationship;
import com.managedmrr.domain.credit.RelationshipEnd;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a command changes, all effective at its instant: partner users added (or added again), updated and removed,
 * seat and assignment periods closed and opened (a changed seat status closes the old period and opens a new one),
 * relationship ends, pending activities judged anew, and a tool's new qualifying actions. A store applies them in
 * that order, inside the command's transaction.
 */
public record AccessChanges(Instant at, List<PartnerUser> usersAdded, List<PartnerUser> usersUpdated,
                            List<PartnerUser> usersRemoved, List<Assignment> assignmentsClosed,
                            List<Seat> seatsClosed, List<Seat> seatsOpened, List<Assignment> assignmentsOpened,
                            List<RelationshipEnd> ends, List<Rejudgement> rejudged,
                            Optional<QualifyingActions> qualifyingActions) {

    public AccessChanges {
        Objects.requireNonNull(at, "at");
        usersAdded = List.copyOf(usersAdded);
        usersUpdated = List.copyOf(usersUpdated);
        usersRemoved = List.copyOf(usersRemoved);
        assignmentsClosed = List.copyOf(assignmentsClosed);
        seatsClosed = List.copyOf(seatsClosed);
        seatsOpened = List.copyOf(seatsOpened);
        assignmentsOpened = List.copyOf(assignmentsOpened);
        ends = List.copyOf(ends);
        rejudged = List.copyOf(rejudged);
        Objects.requireNonNull(qualifyingActions, "qualifyingActions");
    }

    /** Changes at the instant, built one by one (a store's fixtures, or a decision's result). */
    public static Builder at(Instant at) {
        return new Builder(at);
    }

    /**
     * The relationships whose servicing spans these changes alter (docs/rules.md §5.5): those that end, and those an
     * activity judged anew is newly attributed to or no longer attributed to. Their spans are computed again.
     */
    public Set<Relationship> respanned() {
        Set<Relationship> relationships = new TreeSet<>(Relationship.LOCK_ORDER);
        ends.forEach(end -> relationships.add(new Relationship(end.partnerId(), end.hubId())));
        for (Rejudgement rejudgement : rejudged) {
            Set<PartnerId> before = Set.copyOf(rejudgement.activity().attributedTo());
            Set<PartnerId> after = Set.copyOf(rejudgement.attributedTo());
            HubId hub = rejudgement.activity().activity().hubId();
            before.stream().filter(partner -> !after.contains(partner))
                    .forEach(partner -> relationships.add(new Relationship(partner, hub)));
            after.stream().filter(partner -> !before.contains(partner))
                    .forEach(partner -> relationships.add(new Relationship(partner, hub)));
        }
        return relationships;
    }

    public boolean isEmpty() {
        return usersAdded.isEmpty() && usersUpdated.isEmpty() && usersRemoved.isEmpty() && assignmentsClosed.isEmpty()
                && seatsClosed.isEmpty() && seatsOpened.isEmpty() && assignmentsOpened.isEmpty() && ends.isEmpty()
                && rejudged.isEmpty() && qualifyingActions.isEmpty();
    }

    public static final class Builder {

        private final Instant at;
        private final List<PartnerUser> usersAdded = new ArrayList<>();
        private final List<PartnerUser> usersUpdated = new ArrayList<>();
        private final List<PartnerUser> usersRemoved = new ArrayList<>();
        private final List<Assignment> assignmentsClosed = new ArrayList<>();
        private final List<Seat> seatsClosed = new ArrayList<>();
        private final List<Seat> seatsOpened = new ArrayList<>();
        private final List<Assignment> assignmentsOpened = new ArrayList<>();
        private final List<RelationshipEnd> ends = new ArrayList<>();
        private final List<Rejudgement> rejudged = new ArrayList<>();
        private QualifyingActions qualifyingActions;

        private Builder(Instant at) {
            this.at = Objects.requireNonNull(at, "at");
        }

        public Builder addUser(PartnerUser user) {
            usersAdded.add(user);
            return this;
        }

        public Builder updateUser(PartnerUser user) {
            usersUpdated.add(user);
            return this;
        }

        public Builder removeUser(PartnerUser user) {
            usersRemoved.add(user);
            return this;
        }

        public Builder closeAssignment(Assignment assignment) {
            assignmentsClosed.add(assignment);
            return this;
        }

        public Builder closeSeat(Seat seat) {
            seatsClosed.add(seat);
            return this;
        }

        public Builder openSeat(Seat seat) {
            seatsOpened.add(seat);
            return this;
        }

        public Builder openAssignment(Assignment assignment) {
            assignmentsOpened.add(assignment);
            return this;
        }

        public Builder end(RelationshipEnd end) {
            ends.add(end);
            return this;
        }

        public Builder rejudge(Rejudgement rejudgement) {
            rejudged.add(rejudgement);
            return this;
        }

        public Builder saveQualifyingActions(QualifyingActions actions) {
            qualifyingActions = actions;
            return this;
        }

        public AccessChanges build() {
            return new AccessChanges(at, usersAdded, usersUpdated, usersRemoved, assignmentsClosed, seatsClosed,
                    seatsOpened, assignmentsOpened, ends, rejudged, Optional.ofNullable(qualifyingActions));
        }
    }
}
