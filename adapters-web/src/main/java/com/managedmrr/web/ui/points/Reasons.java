package com.managedmrr.web.ui.points;

import com.managedmrr.domain.credit.ReasonCode;
import com.managedmrr.web.ui.Formats;

import java.time.Instant;

/** What the reason codes of docs/rules.md §8 mean, said to a partner admin. */
final class Reasons {

    private Reasons() {
    }

    /** Why the partner has no managed credit for the client. */
    static String forPartner(ReasonCode reason, Instant endedAt) {
        return switch (reason) {
            case NOT_A_PARTNER_USER -> "None of your users is a user in your partner account any more.";
            case NO_ASSIGNMENT -> "None of your users is assigned to this client.";
            case NOT_A_CLIENT_USER -> "None of your assigned users is a user in the client account.";
            case USER_DEACTIVATED -> "Your users in the client account are deactivated.";
            case NO_QUALIFYING_ACTIVITY -> "No qualifying activity has been attributed to you on this client.";
            case EXPIRED -> "Credit expired: your last attributed activity was more than 60 days before this date.";
            case ENDED_USERS_REMOVED_FROM_CLIENT -> "Ended" + on(endedAt)
                    + ": the last of your users was removed from the client account.";
            case ENDED_USERS_REMOVED_FROM_PARTNER -> "Ended" + on(endedAt)
                    + ": the last of your users assigned to this client was removed from your partner account.";
        };
    }

    /** Why one partner user keeps nothing alive. */
    static String forUser(ReasonCode reason) {
        return switch (reason) {
            case NOT_A_PARTNER_USER -> "No longer a user in your partner account.";
            case NO_ASSIGNMENT -> "Not assigned to this client.";
            case NOT_A_CLIENT_USER -> "Not a user in the client account.";
            case USER_DEACTIVATED -> "Deactivated in the client account.";
            case NO_QUALIFYING_ACTIVITY -> "No qualifying activity attributed yet.";
            case EXPIRED -> "Last attributed activity is more than 60 days old.";
            case ENDED_USERS_REMOVED_FROM_CLIENT -> "Cut off when the last of your users was removed from the client account.";
            case ENDED_USERS_REMOVED_FROM_PARTNER ->
                    "Cut off when the last of your users assigned to this client was removed from your partner account.";
        };
    }

    private static String on(Instant endedAt) {
        return endedAt == null ? "" : " on " + Formats.dateTime(endedAt);
    }
}
