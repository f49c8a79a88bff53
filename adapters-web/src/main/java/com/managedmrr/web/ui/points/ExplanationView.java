package com.managedmrr.web.ui.points;

import com.managedmrr.domain.credit.Explanation;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.store.PartnerUserAssignments;
import com.managedmrr.web.ui.Texts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Why the partner is or is not servicing one client at the breakdown's instant: the activity that keeps credit
 * alive, or the reason there is none; and for each of its users, which of the four steps hold. Every text is written
 * in the page's language.
 */
public record ExplanationView(long hubId, String clientName, String detailId, boolean servicing, String headline,
                              String keptAliveBy, List<UserView> users, String asOfLabel) {

    static ExplanationView of(Explanation explanation, String clientName, Map<String, String> userNames,
                              String asOfLabel, Texts texts) {
        long hubId = explanation.hubId().value();
        String headline;
        String keptAlive = null;
        if (explanation.servicing()) {
            headline = texts.get("points.explain.servicing");
            keptAlive = explanation.keptAliveBy()
                    .map(a -> texts.get("points.explain.keptAlive", String.valueOf(a.userEmail()),
                            texts.dateTime(a.occurredAt()), String.valueOf(a.activityId()), texts.date(a.expiresAt())))
                    .orElse(null);
        } else {
            headline = explanation.reason()
                    .map(reason -> Reasons.forPartner(reason, explanation.endedAt().orElse(null), texts))
                    .orElse(texts.get("points.explain.notServicing"));
        }
        List<UserView> users = explanation.users().stream()
                .map(user -> UserView.of(user,
                        userNames.getOrDefault(user.email().value(), user.email().value()), texts))
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

        static UserView of(Explanation.User user, String name, Texts texts) {
            String seat = user.clientUser()
                    .map(s -> s == SeatStatus.ACTIVE ? texts.get("points.step.active")
                            : texts.get("points.step.deactivated"))
                    .orElse(texts.get("points.step.notAUser"));
            String activity = user.lastQualifyingActivityAt()
                    .map(at -> texts.get("points.step.lastAttributed", texts.dateTime(at)))
                    .orElse(texts.get("points.step.noneAttributed"));
            boolean keepsAlive = user.reason().isEmpty();
            List<StepView> steps = List.of(
                    new StepView(texts.get("points.step.partnerUser"), user.partnerUser(),
                            user.partnerUser() ? texts.get("points.step.yes") : texts.get("points.step.removed")),
                    new StepView(texts.get("points.step.assigned"), user.assigned(),
                            user.assigned() ? texts.get("points.step.yes") : texts.get("points.step.no")),
                    new StepView(texts.get("points.step.clientUser"),
                            user.clientUser().orElse(null) == SeatStatus.ACTIVE, seat),
                    new StepView(texts.get("points.step.activity"), keepsAlive, activity));
            return new UserView(user.email().value(), name, steps,
                    user.reason().map(reason -> Reasons.forUser(reason, texts)).orElse(null), keepsAlive);
        }
    }

    /** One of the four steps: whether it holds, and what is there. */
    public record StepView(String label, boolean holds, String detail) {
    }
}
