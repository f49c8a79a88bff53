package com.managedmrr.web.ui.audit;

import com.managedmrr.domain.audit.AuditEntry;
import com.managedmrr.domain.audit.AuditFact.AdminLogin;
import com.managedmrr.domain.audit.AuditFact.Assigned;
import com.managedmrr.domain.audit.AuditFact.ClientSaved;
import com.managedmrr.domain.audit.AuditFact.Nothing;
import com.managedmrr.domain.audit.AuditFact.Other;
import com.managedmrr.domain.audit.AuditFact.PartnerSaved;
import com.managedmrr.domain.audit.AuditFact.PartnerUserAdded;
import com.managedmrr.domain.audit.AuditFact.PartnerUserRemoved;
import com.managedmrr.domain.audit.AuditFact.PartnerUserUpdated;
import com.managedmrr.domain.audit.AuditFact.PointRateSet;
import com.managedmrr.domain.audit.AuditFact.QualifyingActionsSet;
import com.managedmrr.domain.audit.AuditFact.RelationshipEnded;
import com.managedmrr.domain.audit.AuditFact.SeatAdded;
import com.managedmrr.domain.audit.AuditFact.SeatChanged;
import com.managedmrr.domain.audit.AuditFact.SeatReactivated;
import com.managedmrr.domain.audit.AuditFact.SeatRemoved;
import com.managedmrr.domain.audit.AuditFact.Unassigned;
import com.managedmrr.domain.audit.AuditFact;
import com.managedmrr.domain.audit.AuditNames;
import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.web.ui.Texts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the Activity log: an audit entry as the signed-in partner sees it, in words. Client accounts are named
 * with their Hub ID ("Globex (501)"), users by name; the effects are sentences, and the effects of one kind on one
 * user (assigned, unassigned) or of one kind of end are summed up in one line with the clients listed under it.
 *
 * @param at     compact, in UTC: "1 Dec, 22:14" this year, "1 Dec 2025, 22:14" before ("1 gru, 22:14" in Polish)
 * @param atIso  the instant, for {@code <time datetime>}
 * @param atFull the instant to the second, for the title ("2026-12-01 22:14:05 UTC", "01.12.2026, 22:14:05 UTC")
 */
public record ActivityEntryView(long id, String at, String atIso, String atFull, String actor, String headline,
                                String client, String user, String userEmail, List<ActivityEffectView> effects) {

    public ActivityEntryView {
        effects = List.copyOf(effects);
    }

    /** The entry in the words of {@code texts}' language. */
    public static ActivityEntryView of(RecordedAuditEntry recorded, AuditNames names, Instant now, Texts texts) {
        return of(recorded, names, now, new ActivityMessages(texts));
    }

    static ActivityEntryView of(RecordedAuditEntry recorded, AuditNames names, Instant now,
                                ActivityMessages messages) {
        AuditEntry entry = recorded.entry();
        Words words = new Words(names, messages);
        List<AuditFact> facts = entry.effects().stream().map(AuditFact::read).toList();
        String client = entry.hubId().map(words::client).orElse(null);
        String user = entry.email().map(words::user).orElse(null);
        String headline = messages.headline(entry.action(), client, user);
        if (facts.stream().anyMatch(RelationshipEnded.class::isInstance)) {
            headline = messages.endedAtOnce(headline);
        }
        return new ActivityEntryView(recorded.id(), messages.compact(entry.at(), now), entry.at().toString(),
                messages.full(entry.at()), messages.actor(entry.actor()), headline,
                client == null ? "" : client, user == null ? "" : user,
                entry.email().map(Email::value).filter(email -> user != null && !user.equals(email)).orElse(""),
                effects(facts, words));
    }

    /**
     * The effects in words, in the order they happened; effects of one group (the same user assigned the same way,
     * the same user unassigned, ends for the same reason) become one line where the first of them was, summed up
     * when there are several.
     */
    static List<ActivityEffectView> effects(List<AuditFact> facts, Words words) {
        Map<Object, List<AuditFact>> groups = new LinkedHashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            AuditFact fact = facts.get(i);
            groups.computeIfAbsent(groupOf(fact, i), key -> new ArrayList<>()).add(fact);
        }
        List<ActivityEffectView> lines = new ArrayList<>();
        for (List<AuditFact> group : groups.values()) {
            if (group.size() == 1) {
                lines.add(ActivityEffectView.line(sentence(group.get(0), words)));
            } else {
                List<String> clients = group.stream().map(fact -> words.client(fact.client().orElseThrow())).toList();
                lines.add(new ActivityEffectView(summary(group.get(0), group.size(), words), clients));
            }
        }
        return lines;
    }

    private record Group(Class<?> kind, Object of) {
    }

    private static Object groupOf(AuditFact fact, int index) {
        if (fact instanceof Assigned assigned) {
            return new Group(Assigned.class, List.of(assigned.email(), assigned.automatically()));
        } else if (fact instanceof Unassigned unassigned) {
            return new Group(Unassigned.class, unassigned.email());
        } else if (fact instanceof RelationshipEnded ended) {
            return new Group(RelationshipEnded.class, ended.reason());
        }
        return index;
    }

    private static String summary(AuditFact first, int count, Words words) {
        ActivityMessages m = words.messages();
        if (first instanceof Assigned assigned) {
            return m.assignedToMany(words.user(assigned.email()), count, assigned.automatically());
        } else if (first instanceof Unassigned unassigned) {
            return m.unassignedFromMany(words.user(unassigned.email()), count);
        } else if (first instanceof RelationshipEnded ended) {
            return m.endedForMany(count, ended.reason());
        }
        throw new IllegalArgumentException("not a grouped effect: " + first);
    }

    static String sentence(AuditFact fact, Words words) {
        ActivityMessages m = words.messages();
        if (fact instanceof Assigned f) {
            return m.assigned(words.user(f.email()), words.client(f.hubId()), f.automatically());
        } else if (fact instanceof Unassigned f) {
            return m.unassigned(words.user(f.email()), words.client(f.hubId()));
        } else if (fact instanceof RelationshipEnded f) {
            return m.ended(words.client(f.hubId()), f.reason());
        } else if (fact instanceof SeatAdded f) {
            return m.seatAdded(words.user(f.email()), words.client(f.hubId()), f.status());
        } else if (fact instanceof SeatChanged f) {
            return m.seatChanged(words.user(f.email()), words.client(f.hubId()), f.to());
        } else if (fact instanceof SeatRemoved f) {
            return m.seatRemoved(words.user(f.email()), words.client(f.hubId()));
        } else if (fact instanceof SeatReactivated f) {
            return m.seatReactivated(words.user(f.email()), words.client(f.hubId()));
        } else if (fact instanceof PartnerUserAdded f) {
            return m.partnerUserAdded(f.name(), f.email().value(), f.kind());
        } else if (fact instanceof PartnerUserUpdated f) {
            return m.partnerUserUpdated(f.name(), f.email().value(), f.kind());
        } else if (fact instanceof PartnerUserRemoved f) {
            return m.partnerUserRemoved(words.user(f.email()));
        } else if (fact instanceof PartnerSaved f) {
            return m.partnerSaved(f.created(), f.name(), f.emailDomains());
        } else if (fact instanceof ClientSaved f) {
            return m.clientSaved(f.created(), ActivityMessages.client(f.name(), f.hubId().toString()),
                    money(f.currency(), f.mrr(), m.texts()), f.growthMarket());
        } else if (fact instanceof AdminLogin f) {
            return switch (f.change()) {
                case CREATED -> m.adminLoginCreated(f.email().value());
                case PASSWORD_CHANGED -> m.adminPasswordChanged(f.email().value());
                case REVOKED -> m.adminLoginRevoked(f.email().value());
            };
        } else if (fact instanceof PointRateSet f) {
            return m.pointRateSet(f.currency(), "none".equals(f.from()), amount(f.from(), m.texts()),
                    amount(f.to(), m.texts()), instant(f.effective(), m.texts()));
        } else if (fact instanceof QualifyingActionsSet f) {
            return m.qualifyingActionsSet(f.tool(), f.from(), f.to(), instant(f.effective(), m.texts()));
        } else if (fact instanceof Nothing) {
            return m.changedNothing();
        }
        return ((Other) fact).text();
    }

    private static String money(String currency, String amount, Texts texts) {
        try {
            return texts.money(currency, new BigDecimal(amount));
        } catch (NumberFormatException notANumber) {
            return amount + "\u00a0" + currency;
        }
    }

    /** A number as the audit wrote it, in the language's digits; anything else as written. */
    private static String amount(String written, Texts texts) {
        try {
            return texts.amount(new BigDecimal(written));
        } catch (NumberFormatException notANumber) {
            return written;
        }
    }

    private static String instant(String written, Texts texts) {
        try {
            return texts.dateTime(Instant.parse(written));
        } catch (DateTimeParseException notAnInstant) {
            return written;
        }
    }

    /** How client accounts and users are named: by name, with the Hub ID; a user without a name by e-mail. */
    record Words(AuditNames names, ActivityMessages messages) {

        String client(HubId hubId) {
            return names.client(hubId).map(name -> ActivityMessages.client(name, hubId.toString()))
                    .orElse(hubId.toString());
        }

        String user(Email email) {
            return names.user(email).orElse(email.value());
        }
    }
}
