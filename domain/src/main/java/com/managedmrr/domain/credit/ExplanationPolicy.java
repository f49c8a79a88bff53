package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * SPEC §7: the explanation of a breakdown row. When nothing was ever attributed, the partner-level reason is the
 * one of the user who came closest to servicing: a user with every step but activity, then one not assigned,
 * then one deactivated, then one who is not a client user.
 */
public final class ExplanationPolicy {

    /** From closest to servicing to farthest. */
    private static final List<ReasonCode> CLOSENESS = List.of(
            ReasonCode.NO_QUALIFYING_ACTIVITY,
            ReasonCode.NO_ASSIGNMENT,
            ReasonCode.USER_DEACTIVATED,
            ReasonCode.NOT_A_CLIENT_USER);

    private ExplanationPolicy() {
    }

    public static Explanation explain(PartnerId partner, HubId hub, Instant t, RelationshipFacts facts,
                                      List<UserStanding> standings) {
        RelationshipStatus status = ManagedCreditPolicy.statusAt(facts, t);
        List<Explanation.User> users = standings.stream()
                .sorted(Comparator.comparing(s -> s.email().value()))
                .map(standing -> user(standing, facts, t))
                .toList();
        Optional<ReasonCode> reason = status.reason();
        if (reason.isPresent() && reason.get() == ReasonCode.NO_QUALIFYING_ACTIVITY) {
            reason = Optional.of(users.stream()
                    .filter(Explanation.User::partnerUser)
                    .map(u -> u.reason().orElse(ReasonCode.NO_QUALIFYING_ACTIVITY))
                    .filter(CLOSENESS::contains)
                    .min(Comparator.comparingInt(CLOSENESS::indexOf))
                    .orElse(ReasonCode.NO_ASSIGNMENT));
        }
        return new Explanation(partner, hub, t, status.servicing(), reason, status.endedAt(), status.keptAliveBy(), users);
    }

    /** A user's steps in order: partner user, client user, active, assigned, then their own activity. */
    static Explanation.User user(UserStanding standing, RelationshipFacts facts, Instant t) {
        Optional<AttributedActivity> last = standing.lastAttributed().filter(a -> !a.occurredAt().isAfter(t));
        return new Explanation.User(standing.email(), standing.partnerUser(), standing.assigned(), standing.clientUser(),
                last.map(AttributedActivity::occurredAt), reason(standing, last, facts, t));
    }

    /** Empty when the user's latest attributed activity keeps the relationship alive at t. */
    private static Optional<ReasonCode> reason(UserStanding standing, Optional<AttributedActivity> last,
                                               RelationshipFacts facts, Instant t) {
        if (last.isPresent() && ManagedCreditPolicy.counts(last.get(), facts.lastEndAt(t), t)) {
            return Optional.empty();
        }
        if (!standing.partnerUser()) {
            return Optional.of(ReasonCode.ENDED_USERS_REMOVED_FROM_PARTNER);
        }
        if (standing.clientUser().isEmpty()) {
            return Optional.of(ReasonCode.NOT_A_CLIENT_USER);
        }
        if (standing.clientUser().get() == SeatStatus.DEACTIVATED) {
            return Optional.of(ReasonCode.USER_DEACTIVATED);
        }
        if (!standing.assigned()) {
            return Optional.of(ReasonCode.NO_ASSIGNMENT);
        }
        if (last.isEmpty()) {
            return Optional.of(ReasonCode.NO_QUALIFYING_ACTIVITY);
        }
        RelationshipStatus alone = ManagedCreditPolicy.statusAt(facts.withLastAttributed(last), t);
        return alone.reason();
    }
}
