package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * docs/rules.md §8: the explanation of a breakdown row.
 *
 * <p>Each user's reason is empty when one of their activities keeps the relationship alive at t; otherwise the first
 * of the four steps of docs/rules.md §3 that fails for them, in order ({@link ReasonCode#NOT_A_PARTNER_USER},
 * {@link ReasonCode#NO_ASSIGNMENT}, {@link ReasonCode#NOT_A_CLIENT_USER}, {@link ReasonCode#USER_DEACTIVATED}); when
 * the first three hold, the end that cut their last counting activity, {@link ReasonCode#EXPIRED}, or
 * {@link ReasonCode#NO_QUALIFYING_ACTIVITY} when nothing of theirs was ever attributed.
 *
 * <p>When nothing was ever attributed to the partner there at or before t, the relationship's reason is the reason of
 * the user who got furthest through the four steps (ties: the first by e-mail), or NO_ASSIGNMENT with no user.
 */
public final class ExplanationPolicy {

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
            reason = Optional.of(furthest(users));
        }
        return new Explanation(partner, hub, t, status.servicing(), reason, status.endedAt(), status.keptAliveBy(), users);
    }

    /** The reason of the first user (by e-mail) who passed the most of the four steps; NO_ASSIGNMENT with none. */
    static ReasonCode furthest(List<Explanation.User> usersByEmail) {
        ReasonCode found = ReasonCode.NO_ASSIGNMENT;
        int furthest = -1;
        for (Explanation.User user : usersByEmail) {
            ReasonCode reason = user.reason().orElse(ReasonCode.NO_QUALIFYING_ACTIVITY);
            int passed = stepsPassed(reason);
            if (passed > furthest) {
                furthest = passed;
                found = reason;
            }
        }
        return found;
    }

    /** How many of the four steps a user with this reason passed. */
    static int stepsPassed(ReasonCode reason) {
        return switch (reason) {
            case NOT_A_PARTNER_USER -> 0;
            case NO_ASSIGNMENT -> 1;
            case NOT_A_CLIENT_USER, USER_DEACTIVATED -> 2;
            default -> 3;
        };
    }

    static Explanation.User user(UserStanding standing, RelationshipFacts facts, Instant t) {
        Optional<AttributedActivity> last = standing.lastAttributed().filter(a -> !a.occurredAt().isAfter(t));
        return new Explanation.User(standing.email(), standing.partnerUser(), standing.assigned(), standing.clientUser(),
                last.map(AttributedActivity::occurredAt), reason(standing, last, facts, t));
    }

    /** Empty when the user's latest attributed activity keeps the relationship alive at t (it lives longest). */
    private static Optional<ReasonCode> reason(UserStanding standing, Optional<AttributedActivity> last,
                                               RelationshipFacts facts, Instant t) {
        if (last.isPresent() && ManagedCreditPolicy.counts(last.get(), facts.lastEndAt(t), t)) {
            return Optional.empty();
        }
        if (!standing.partnerUser()) {
            return Optional.of(ReasonCode.NOT_A_PARTNER_USER);
        }
        if (!standing.assigned()) {
            return Optional.of(ReasonCode.NO_ASSIGNMENT);
        }
        if (standing.clientUser().isEmpty()) {
            return Optional.of(ReasonCode.NOT_A_CLIENT_USER);
        }
        if (standing.clientUser().get() == SeatStatus.DEACTIVATED) {
            return Optional.of(ReasonCode.USER_DEACTIVATED);
        }
        if (last.isEmpty()) {
            return Optional.of(ReasonCode.NO_QUALIFYING_ACTIVITY);
        }
        return ManagedCreditPolicy.statusAt(facts.withLastAttributed(last), t).reason();
    }
}
