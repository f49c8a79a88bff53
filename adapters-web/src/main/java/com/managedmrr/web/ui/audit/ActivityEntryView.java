package com.managedmrr.web.ui.audit;

import com.managedmrr.domain.audit.AuditAction;
import com.managedmrr.domain.audit.AuditEntry;
import com.managedmrr.domain.audit.AuditFact;
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
import com.managedmrr.domain.audit.AuditNames;
import com.managedmrr.domain.audit.RecordedAuditEntry;
import com.managedmrr.domain.model.Actor;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.web.ui.Formats;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of the Activity log: an audit entry as the signed-in partner sees it, in words. Client accounts are named
 * with their Hub ID ("Globex (501)"), users by name; the effects are sentences, and the effects of one kind on one
 * user (assigned, unassigned) or of one kind of end are summed up in one line with the clients listed under it.
 *
 * @param at     compact, in UTC: "1 Dec, 22:14" this year, "1 Dec 2025, 22:14" before
 * @param atIso  the instant, for {@code <time datetime>}
 * @param atFull the instant to the second, for the title
 */
public record ActivityEntryView(long id, String at, String atIso, String atFull, String actor, String headline,
                                String client, String user, String userEmail, List<ActivityEffectView> effects) {

    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_YEAR =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT);

    public ActivityEntryView {
        effects = List.copyOf(effects);
    }

    public static ActivityEntryView of(RecordedAuditEntry recorded, AuditNames names, Instant now) {
        AuditEntry entry = recorded.entry();
        Words words = new Words(names);
        List<AuditFact> facts = entry.effects().stream().map(AuditFact::read).toList();
        String client = entry.hubId().map(words::client).orElse(null);
        String user = entry.email().map(words::user).orElse(null);
        String headline = ActivityMessages.headline(entry.action(), client, user);
        if (facts.stream().anyMatch(RelationshipEnded.class::isInstance)) {
            headline = ActivityMessages.endedAtOnce(headline);
        }
        return new ActivityEntryView(recorded.id(), compact(entry.at(), now), entry.at().toString(),
                FULL.format(entry.at().atZone(Formats.ZONE)), actor(entry.actor()), headline,
                client == null ? "" : client, user == null ? "" : user,
                entry.email().map(Email::value).filter(email -> user != null && !user.equals(email)).orElse(""),
                effects(facts, words));
    }

    static String compact(Instant at, Instant now) {
        boolean thisYear = at.atZone(Formats.ZONE).getYear() == now.atZone(Formats.ZONE).getYear();
        return (thisYear ? THIS_YEAR : OTHER_YEAR).format(at.atZone(Formats.ZONE));
    }

    static String actor(Actor actor) {
        return switch (actor.kind()) {
            case ADMIN -> actor.email().map(Email::value).orElse("an admin");
            case INTERNAL_SYSTEM -> actor.systemName().map(name -> "Internal system " + name).orElse("Internal system");
            case ANOTHER_PARTNER -> "Another partner";
        };
    }

    /** What a kind of command is called. */
    static String kind(AuditAction action) {
        return ActivityMessages.kind(action);
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
        if (first instanceof Assigned assigned) {
            return ActivityMessages.assignedToMany(words.user(assigned.email()), count, assigned.automatically());
        } else if (first instanceof Unassigned unassigned) {
            return ActivityMessages.unassignedFromMany(words.user(unassigned.email()), count);
        } else if (first instanceof RelationshipEnded ended) {
            return ActivityMessages.endedForMany(count, ended.reason());
        }
        throw new IllegalArgumentException("not a grouped effect: " + first);
    }

    static String sentence(AuditFact fact, Words words) {
        if (fact instanceof Assigned f) {
            return ActivityMessages.assigned(words.user(f.email()), words.client(f.hubId()), f.automatically());
        } else if (fact instanceof Unassigned f) {
            return ActivityMessages.unassigned(words.user(f.email()), words.client(f.hubId()));
        } else if (fact instanceof RelationshipEnded f) {
            return ActivityMessages.ended(words.client(f.hubId()), f.reason());
        } else if (fact instanceof SeatAdded f) {
            return ActivityMessages.seatAdded(words.user(f.email()), words.client(f.hubId()), f.status());
        } else if (fact instanceof SeatChanged f) {
            return ActivityMessages.seatChanged(words.user(f.email()), words.client(f.hubId()), f.to());
        } else if (fact instanceof SeatRemoved f) {
            return ActivityMessages.seatRemoved(words.user(f.email()), words.client(f.hubId()));
        } else if (fact instanceof SeatReactivated f) {
            return ActivityMessages.seatReactivated(words.user(f.email()), words.client(f.hubId()));
        } else if (fact instanceof PartnerUserAdded f) {
            return ActivityMessages.partnerUserAdded(f.name(), f.email().value(), f.kind());
        } else if (fact instanceof PartnerUserUpdated f) {
            return ActivityMessages.partnerUserUpdated(f.name(), f.email().value(), f.kind());
        } else if (fact instanceof PartnerUserRemoved f) {
            return ActivityMessages.partnerUserRemoved(words.user(f.email()));
        } else if (fact instanceof PartnerSaved f) {
            return ActivityMessages.partnerSaved(f.created(), f.name(), f.emailDomains());
        } else if (fact instanceof ClientSaved f) {
            return ActivityMessages.clientSaved(f.created(), ActivityMessages.client(f.name(), f.hubId().toString()),
                    money(f.currency(), f.mrr()), f.growthMarket());
        } else if (fact instanceof AdminLogin f) {
            return switch (f.change()) {
                case CREATED -> ActivityMessages.adminLoginCreated(f.email().value());
                case PASSWORD_CHANGED -> ActivityMessages.adminPasswordChanged(f.email().value());
                case REVOKED -> ActivityMessages.adminLoginRevoked(f.email().value());
            };
        } else if (fact instanceof PointRateSet f) {
            return ActivityMessages.pointRateSet(f.currency(), f.from(), f.to(), instant(f.effective()));
        } else if (fact instanceof QualifyingActionsSet f) {
            return ActivityMessages.qualifyingActionsSet(f.tool(), f.from(), f.to(), instant(f.effective()));
        } else if (fact instanceof Nothing) {
            return ActivityMessages.CHANGED_NOTHING;
        }
        return ((Other) fact).text();
    }

    private static String money(String currency, String amount) {
        try {
            return Formats.money(currency, new BigDecimal(amount));
        } catch (NumberFormatException notANumber) {
            return currency + " " + amount;
        }
    }

    private static String instant(String written) {
        try {
            return Formats.dateTime(Instant.parse(written));
        } catch (DateTimeParseException notAnInstant) {
            return written;
        }
    }

    /** How client accounts and users are named: by name, with the Hub ID; a user without a name by e-mail. */
    record Words(AuditNames names) {

        String client(HubId hubId) {
            return names.client(hubId).map(name -> ActivityMessages.client(name, hubId.toString()))
                    .orElse(hubId.toString());
        }

        String user(Email email) {
            return names.user(email).orElse(email.value());
        }
    }
}
