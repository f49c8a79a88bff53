package com.managedmrr.web.ui.points;

import com.managedmrr.domain.credit.ReasonCode;
import com.managedmrr.web.ui.Texts;

import java.time.Instant;

/** What the reason codes of docs/rules.md §8 mean, said to a partner admin in the page's language. */
final class Reasons {

    private Reasons() {
    }

    /** Why the partner has no managed credit for the client; an ended relationship says when it ended. */
    static String forPartner(ReasonCode reason, Instant endedAt, Texts texts) {
        String key = "points.reason.partner." + reason.name();
        boolean ended = reason == ReasonCode.ENDED_USERS_REMOVED_FROM_CLIENT
                || reason == ReasonCode.ENDED_USERS_REMOVED_FROM_PARTNER;
        return ended && endedAt != null ? texts.get(key + ".on", texts.dateTime(endedAt)) : texts.get(key);
    }

    /** Why one partner user keeps nothing alive. */
    static String forUser(ReasonCode reason, Texts texts) {
        return texts.get("points.reason.user." + reason.name());
    }
}
