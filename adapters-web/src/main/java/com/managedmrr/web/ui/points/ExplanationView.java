package com.managedmrr.web.ui.points;

import com.managedmrr.domain.credit.Explanation;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.store.PartnerUserAssignments;
import com.managedmrr.web.ui.Formats;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Why the partner is or is not servicing one client at the breakdown's instant: the activity that keeps credit
 * alive, or the reason there is none; and for each of its users, which of the four steps hold.
 */
public record ExplanationView(long hubId, String clientName, String detailId, boolean servicing, String headline,
                              String keptAliveBy, List<UserView> users, String asOfLabel) {

    static ExplanationView of(Explanation explanation, String clientName, Map<String, String> userNames,
                              String asOfLabel) {
        long hubId = explanation.hubId().value();
        String headline;
        String keptAlive = null;
        if (explanation.servicing()) {
            headline = "You are servicing this client.";
            keptAlive = explanation.keptAliveBy()
                    .map(a -> "Kept alive by " + a.userEmail() + "'s qualifying activity on "
                            + Formats.dateTime(a.occurredAt()) + " (" + a.activityId() + "); without new activity the "
                            + "credit expires on " + Formats.date(a.expiresAt()) + ".")
                    .orElse(null);
        } else {
            headline = explanation.reason()
                    .map(reason -> Reasons.forPartner(reason, explanation.endedAt().orElse(null)))
                    .orElse("You are not servicing this client.");
        }
        List<UserView> users = explanation.users().stream()
                .map(user -> UserView.of(user, userNames.getOrDefault(user.email().value(), user.email().value())))
                .toList();
        return new ExplanationView(hubId, clientName, "explain-" + hubId, explanation.servicing(), headline, keptAlive,
                users, asOfLabel);
    }

    static Map<String, String> namesOf(List<PartnerUserAssignments> users) {
        return users.stream().collect(Collectors.toMap(
                u -> u.user().email().value(), u -> u.user().name(), (a, b) -> a));
    }

    /** One partner user's four steps (docs/rules.md §3), and why they keep nothing alive (null when they do). */
    public record UserView(String email, String name, List<StepView> steps, String reason, boolean keepsAlive) {

        static UserView of(Explanation.User user, String name) {
            String seat = user.clientUser().map(s -> s == SeatStatus.ACTIVE ? "Active" : "Deactivated")
                    .orElse("Not a user");
            String activity = user.lastQualifyingActivityAt()
                    .map(at -> "Last attributed " + Formats.dateTime(at))
                    .orElse("None attributed");
            boolean keepsAlive = user.reason().isEmpty();
            List<StepView> steps = List.of(
                    new StepView("User in your partner account", user.partnerUser(),
                            user.partnerUser() ? "Yes" : "Removed"),
                    new StepView("Assigned to this client", user.assigned(), user.assigned() ? "Yes" : "No"),
                    new StepView("Active user in the client account",
                            user.clientUser().orElse(null) == SeatStatus.ACTIVE, seat),
                    new StepView("Qualifying activity in the last 60 days", keepsAlive, activity));
            return new UserView(user.email().value(), name, steps,
                    user.reason().map(Reasons::forUser).orElse(null), keepsAlive);
        }
    }

    /** One of the four steps: whether it holds, and what is there. */
    public record StepView(String label, boolean holds, String detail) {
    }
}
