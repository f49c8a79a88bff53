package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Why a partner is or is not servicing a client at an instant: the activity that keeps credit alive, or the reason
 * there is none; and, for each partner user, which of the four steps hold.
 */
public record Explanation(PartnerId partnerId, HubId hubId, Instant at, boolean servicing, Optional<ReasonCode> reason,
                          Optional<Instant> endedAt, Optional<AttributedActivity> keptAliveBy, List<User> users) {

    /** One partner user's four steps, with the reason this user keeps nothing alive (empty when they do). */
    public record User(Email email, boolean partnerUser, boolean assigned, Optional<SeatStatus> clientUser,
                       Optional<Instant> lastQualifyingActivityAt, Optional<ReasonCode> reason) {

        /**
         * While this user's last attributed activity keeps the relationship alive (no reason), the instant it stops
         * doing so: 60 days after it (docs/rules.md §5.1). Empty when nothing of theirs counts.
         */
        public Optional<Instant> keepsCreditUntil() {
            return reason.isPresent() ? Optional.empty()
                    : lastQualifyingActivityAt.map(at -> at.plus(ManagedCreditPolicy.WINDOW));
        }
    }
}
