package com.managedmrr.web.ui.points;

import com.managedmrr.domain.credit.ReasonCode;
import com.managedmrr.web.ui.Texts;

import java.time.Instant;

/** What the reason codes of docs/rules.md §8 mean, said to a partner admin in the page's language. */
final class Reasons {

    private Reasons() {
    }

    /** Why the partner has no managed credit for the client; an ended relationship says when it ended, if known. */
    static String forPartner(ReasonCode reason, Instant endedAt, Texts texts) {
        String ended = endedAt == null ? null : texts.dateTime(endedAt);
        return switch (reason) {
            case NOT_A_PARTNER_USER -> texts.get("points.reason.partner.NOT_A_PARTNER_USER");
            case NO_ASSIGNMENT -> texts.get("points.reason.partner.NO_ASSIGNMENT");
            case NOT_A_CLIENT_USER -> texts.get("points.reason.partner.NOT_A_CLIENT_USER");
            case USER_DEACTIVATED -> texts.get("points.reason.partner.USER_DEACTIVATED");
            case NO_QUALIFYING_ACTIVITY -> texts.get("points.reason.partner.NO_QUALIFYING_ACTIVITY");
            case EXPIRED -> texts.get("points.reason.partner.EXPIRED");
            case ENDED_USERS_REMOVED_FROM_CLIENT -> ended == null
                    ? texts.get("points.reason.partner.ENDED_USERS_REMOVED_FROM_CLIENT")
                    : texts.get("points.reason.partner.ENDED_USERS_REMOVED_FROM_CLIENT.on", ended);
            case ENDED_USERS_REMOVED_FROM_PARTNER -> ended == null
                    ? texts.get("points.reason.partner.ENDED_USERS_REMOVED_FROM_PARTNER")
                    : texts.get("points.reason.partner.ENDED_USERS_REMOVED_FROM_PARTNER.on", ended);
        };
    }

    /** Why one partner user keeps nothing alive. */
    static String forUser(ReasonCode reason, Texts texts) {
        return switch (reason) {
            case NOT_A_PARTNER_USER -> texts.get("points.reason.user.NOT_A_PARTNER_USER");
            case NO_ASSIGNMENT -> texts.get("points.reason.user.NO_ASSIGNMENT");
            case NOT_A_CLIENT_USER -> texts.get("points.reason.user.NOT_A_CLIENT_USER");
            case USER_DEACTIVATED -> texts.get("points.reason.user.USER_DEACTIVATED");
            case NO_QUALIFYING_ACTIVITY -> texts.get("points.reason.user.NO_QUALIFYING_ACTIVITY");
            case EXPIRED -> texts.get("points.reason.user.EXPIRED");
            case ENDED_USERS_REMOVED_FROM_CLIENT -> texts.get("points.reason.user.ENDED_USERS_REMOVED_FROM_CLIENT");
            case ENDED_USERS_REMOVED_FROM_PARTNER -> texts.get("points.reason.user.ENDED_USERS_REMOVED_FROM_PARTNER");
        };
    }
}
