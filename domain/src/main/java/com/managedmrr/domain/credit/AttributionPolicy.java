package com.managedmrr.domain.credit;

import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.SeatStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * docs/rules.md §4: an activity is attributed to partner P when it qualifies and, at its instant, the e-mail is a user of P
 * (not removed), assigned to the client, and an ACTIVE user in the client account. One activity can be attributed
 * to several partners.
 */
public final class AttributionPolicy {

    private AttributionPolicy() {
    }

    /**
     * @param qualifies       whether the tool and action were qualifying at the activity's instant
     * @param seatAtInstant   the e-mail's status in the client account at the activity's instant
     * @param assignedMembers the partners of which the e-mail was a user and assigned to the client at that instant
     */
    public static List<PartnerId> attributedPartners(boolean qualifies, Optional<SeatStatus> seatAtInstant,
                                                     List<PartnerId> assignedMembers) {
        if (!qualifies || seatAtInstant.orElse(null) != SeatStatus.ACTIVE) {
            return List.of();
        }
        return assignedMembers.stream().distinct().sorted(Comparator.comparing(PartnerId::value)).toList();
    }
}
