package com.managedmrr.application.credit.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A deliberately simple model of docs/rules.md, written from the spec alone, to check the engine against. It shares no code
 * with the production rules: identities are plain strings and numbers, money is {@link BigDecimal}, and there are no
 * periods, no facts, no policies. It keeps a raw log of the commands it accepted and answers every question by
 * brute force:
 *
 * <ul>
 *   <li>the state at an instant is the replay of the log up to and including that instant;</li>
 *   <li>an activity is judged (qualifies, and to whom it is attributed) by the catalogue and the four steps in the
 *       state replayed at its instant, from the whole log as it stands when asked — so a command or catalogue change
 *       that lands before the instant of an activity received ahead of it changes its judgement (docs/rules.md §4.2);</li>
 *   <li>a client's currency, MRR and growth-market flag are replayed like everything else (docs/rules.md §6.4);</li>
 *   <li>immediate ends are produced while replaying the removals;</li>
 *   <li>servicing at t scans every attributed activity against its 60-day window and every end.</li>
 * </ul>
 *
 * Commands come in the order they took effect; several may share an instant (the state at that instant is then the
 * one after all of them, as with effective-dated periods that start and end there).
 */
public final class ReferenceModel {

    public static final Duration WINDOW = Duration.ofDays(60);
    public static final Duration MAX_AHEAD = Duration.ofMinutes(5);

    // ---------------------------------------------------------------------------------------------------------------
    // configuration, fixed for a history

    /** A client account as first set up: currency (with its decimals), growth-market flag. */
    public record Client(long hubId, String name, String currency, int decimals, boolean growthMarket) {
    }

    /** What the points formula reads of a client from an instant on (docs/rules.md §6.4: all of it effective-dated). */
    public record Terms(String currency, int decimals, BigDecimal mrr, boolean growthMarket) {
    }

    private final Map<String, Set<String>> partnerDomains = new TreeMap<>();
    private final Map<Long, Client> clients = new TreeMap<>();
    private final Map<Long, Terms> initialTerms = new HashMap<>();
    private final Instant start;

    // ---------------------------------------------------------------------------------------------------------------
    // the raw log

    /** A command the reference accepted, with the instant it took effect. */
    private record Logged(Instant at, Command command) {
    }

    private final List<Logged> log = new ArrayList<>();

    /** An activity as judged now, by the log as it stands. */
    public record StoredActivity(String id, long hubId, String email, Instant occurredAt, boolean qualifies,
                                 Set<String> attributedTo) {
    }

    /** Every activity accepted, as sent. */
    private final Map<String, Sent> received = new LinkedHashMap<>();

    /** The judgement of every activity by the log of that size (judged again whenever the log grows). */
    private List<StoredActivity> judged;
    private int judgedAtLogSize = -1;

    public ReferenceModel(Instant start) {
        this.start = start;
    }

    public void partner(String partnerId, Set<String> domains) {
        partnerDomains.put(partnerId, Set.copyOf(domains));
    }

    public void client(Client client, BigDecimal mrr) {
        clients.put(client.hubId(), client);
        initialTerms.put(client.hubId(), new Terms(client.currency(), client.decimals(), mrr, client.growthMarket()));
    }

    /** The client's currency, MRR and flag as they stand now (after every command so far). */
    public Terms termsNow(long hub) {
        return replay(Instant.MAX).terms.get(hub);
    }

    /** Is the e-mail in one of the partner's domains (so it may be an employee)? For the test's choices only. */
    public boolean accepts(String partner, String email) {
        return partnerDomains.get(partner).contains(email.substring(email.indexOf('@') + 1));
    }

    public Set<String> partners() {
        return partnerDomains.keySet();
    }

    public Map<Long, Client> clients() {
        return clients;
    }

    public List<StoredActivity> activities() {
        return judged();
    }

    private List<StoredActivity> judged() {
        if (judgedAtLogSize != log.size() || judged == null) {
            List<StoredActivity> all = new ArrayList<>(received.size());
            for (Sent sent : received.values()) {
                // the judgement depends only on the commands at or before the activity's instant: judge it again only
                // when one more came (commands come at non-decreasing instants, so only those ahead of the clock)
                int commandsBefore = commandsAtOrBefore(sent.occurredAt());
                Judgement known = judgements.get(sent.id());
                if (known == null || known.commandsBefore() != commandsBefore) {
                    known = new Judgement(commandsBefore, judge(sent));
                    judgements.put(sent.id(), known);
                }
                all.add(known.activity());
            }
            judged = List.copyOf(all);
            judgedAtLogSize = log.size();
        }
        return judged;
    }

    private record Judgement(int commandsBefore, StoredActivity activity) {
    }

    private final Map<String, Judgement> judgements = new HashMap<>();

    private int commandsAtOrBefore(Instant t) {
        int n = 0;
        for (Logged logged : log) {
            if (logged.at().isAfter(t)) {
                break;
            }
            n++;
        }
        return n;
    }

    /** docs/rules.md §4 and §4.2: the catalogue and the four steps as they stand at the activity's instant. */
    private StoredActivity judge(Sent sent) {
        State then = replay(sent.occurredAt());
        Set<String> actions = then.catalogue.getOrDefault(sent.tool(), Set.of());
        boolean qualifies = actions.contains(sent.action()) && !sent.action().equals("LOGIN")
                && !sent.action().equals("VIEW");
        Set<String> attributed = new TreeSet<>();
        if (qualifies && "ACTIVE".equals(then.seat(sent.hubId(), sent.email()))) {
            for (String p : partnerDomains.keySet()) {
                if (then.member(p, sent.email()) && then.assigned.contains(new PEH(p, sent.email(), sent.hubId()))) {
                    attributed.add(p);
                }
            }
        }
        return new StoredActivity(sent.id(), sent.hubId(), sent.email(), sent.occurredAt(), qualifies, attributed);
    }

    public List<Instant> commandInstants() {
        return log.stream().map(Logged::at).toList();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // commands

    public sealed interface Command permits UpsertUser, RemoveUser, SetSeat, RemoveSeat, AddEmployees, Link, Unassign,
            Reactivate, RemoveStaff, SetClient, SetUnit, SetCatalogue {
    }

    public record UpsertUser(String partner, String email, boolean employee) implements Command {
    }

    public record RemoveUser(String partner, String email) implements Command {
    }

    public record SetSeat(long hub, String email, String status) implements Command {
    }

    public record RemoveSeat(long hub, String email) implements Command {
    }

    public record AddEmployees(String partner, long hub, List<String> emails) implements Command {
    }

    public record Link(String partner, String email, long hub) implements Command {
    }

    public record Unassign(String partner, String email, long hub) implements Command {
    }

    public record Reactivate(String partner, String email, long hub) implements Command {
    }

    public record RemoveStaff(String partner, String email, long hub) implements Command {
    }

    /** PUT /clients/{hubId} on an existing client: a currency, MRR and flag from now on (docs/rules.md §6.4). */
    public record SetClient(long hub, String currency, int decimals, BigDecimal mrr, boolean growthMarket)
            implements Command {
    }

    public record SetUnit(String currency, BigDecimal unit) implements Command {
    }

    public record SetCatalogue(String tool, Set<String> actions) implements Command {
    }

    /** An immediate end: the relationship of the partner with the client ended at the instant, for the reason. */
    public record End(String partner, long hub, Instant at, String reason) {
    }

    /**
     * Applies the command at the instant (after every command before it). Answers the refusal code when the spec
     * refuses it (nothing changes then), or null when it was accepted.
     */
    public String command(Instant at, Command command) {
        State now = replay(at);
        String refusal = refusal(now, command);
        lastCommandEnds = List.of();
        if (refusal == null) {
            int endsBefore = now.ends.size();
            log.add(new Logged(at, command));
            List<End> endsAfter = replay(at).ends;
            lastCommandEnds = List.copyOf(endsAfter.subList(endsBefore, endsAfter.size()));
        }
        return refusal;
    }

    private List<End> lastCommandEnds = List.of();

    /** The partners whose relationship with the client the last command ended, if it ended any. */
    public Set<String> endedByLastCommand(long hub) {
        Set<String> ended = new TreeSet<>();
        for (End end : lastCommandEnds) {
            if (end.hub() == hub) {
                ended.add(end.partner());
            }
        }
        return ended;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the state, by replay

    private record PE(String partner, String email) {
    }

    private record HE(long hub, String email) {
    }

    private record PEH(String partner, String email, long hub) {
    }

    private record PH(String partner, long hub) {
    }

    private final class State {
        /** Present partner users and whether each is an employee. */
        final Map<PE, Boolean> members = new HashMap<>();
        /** Seats: ACTIVE or DEACTIVATED; absent when not in the map. */
        final Map<HE, String> seats = new HashMap<>();
        final Set<PEH> assigned = new HashSet<>();
        final Set<PH> everAssigned = new HashSet<>();
        final Map<Long, Terms> terms = new HashMap<>(initialTerms);
        final Map<String, BigDecimal> units = new HashMap<>(SEEDED_UNITS);
        final Map<String, Set<String>> catalogue = new HashMap<>(SEEDED_CATALOGUE);
        final List<End> ends = new ArrayList<>();

        boolean member(String p, String e) {
            return members.containsKey(new PE(p, e));
        }

        boolean employee(String p, String e) {
            return Boolean.TRUE.equals(members.get(new PE(p, e)));
        }

        String seat(long h, String e) {
            return seats.get(new HE(h, e));
        }

        void assign(String p, String e, long h) {
            assigned.add(new PEH(p, e, h));
            everAssigned.add(new PH(p, h));
        }

        /** The partners the e-mail is a present user of. */
        List<String> partnersOf(String e) {
            return partnerDomains.keySet().stream().filter(p -> member(p, e)).toList();
        }

        /** Does any present user of the partner have a seat (any status) in the client? */
        boolean anyUserSeated(String p, long h) {
            return members.keySet().stream().anyMatch(m -> m.partner().equals(p) && seats.containsKey(new HE(h, m.email())));
        }

        boolean anyUserAssigned(String p, long h) {
            return assigned.stream().anyMatch(a -> a.partner().equals(p) && a.hub() == h);
        }

        /** A seat appears where there was none: every partner employing the e-mail assigns it. */
        void seatAppears(long h, String e, String status, Instant at) {
            seats.put(new HE(h, e), status);
            for (String p : partnersOf(e)) {
                if (employee(p, e)) {
                    assign(p, e, h);
                }
            }
        }

        /** A seat disappears: every partner of the e-mail none of whose users is seated there any more ends. */
        void seatDisappears(long h, String e, boolean hadSeat, Instant at) {
            seats.remove(new HE(h, e));
            for (String p : partnersOf(e)) {
                if (hadSeat && !anyUserSeated(p, h)) {
                    ends.add(new End(p, h, at, "USERS_REMOVED_FROM_CLIENT"));
                }
            }
        }
    }

    private State replay(Instant upTo) {
        State state = new State();
        if (upTo.isBefore(start)) {
            state.terms.clear();
            return state;
        }
        for (Logged logged : log) {
            if (logged.at().isAfter(upTo)) {
                break;
            }
            apply(state, logged.at(), logged.command());
        }
        return state;
    }

    private String refusal(State s, Command command) {
        if (command instanceof UpsertUser c) {
            String domain = c.email().substring(c.email().indexOf('@') + 1);
            return c.employee() && !partnerDomains.get(c.partner()).contains(domain) ? "EMPLOYEE_DOMAIN_MISMATCH" : null;
        }
        if (command instanceof RemoveUser c) {
            return s.member(c.partner(), c.email()) ? null : "PARTNER_USER_NOT_FOUND";
        }
        if (command instanceof RemoveSeat c) {
            return s.seat(c.hub(), c.email()) != null ? null : "CLIENT_USER_NOT_FOUND";
        }
        if (command instanceof AddEmployees c) {
            return c.emails().stream().allMatch(e -> s.employee(c.partner(), e)) ? null : "NOT_AN_EMPLOYEE";
        }
        if (command instanceof Link c) {
            if (!s.member(c.partner(), c.email())) {
                return "PARTNER_USER_NOT_FOUND";
            }
            if (s.employee(c.partner(), c.email())) {
                return "NOT_A_CONTRACTOR";
            }
            return s.seat(c.hub(), c.email()) == null ? "CONTRACTOR_NOT_A_CLIENT_USER" : null;
        }
        if (command instanceof Unassign c) {
            return s.member(c.partner(), c.email()) ? null : "PARTNER_USER_NOT_FOUND";
        }
        if (command instanceof Reactivate c) {
            if (!s.member(c.partner(), c.email())) {
                return "PARTNER_USER_NOT_FOUND";
            }
            return s.seat(c.hub(), c.email()) == null ? "NOT_A_CLIENT_USER" : null;
        }
        if (command instanceof RemoveStaff c) {
            return s.member(c.partner(), c.email()) ? null : "PARTNER_USER_NOT_FOUND";
        }
        return null;
    }

    private void apply(State s, Instant at, Command command) {
        if (command instanceof UpsertUser c) {
            boolean wasPresent = s.member(c.partner(), c.email());
            s.members.put(new PE(c.partner(), c.email()), c.employee());
            if (!wasPresent && c.employee()) {
                for (HE seat : new ArrayList<>(s.seats.keySet())) {
                    if (seat.email().equals(c.email())) {
                        s.assign(c.partner(), c.email(), seat.hub());
                    }
                }
            }
        } else if (command instanceof RemoveUser c) {
            Set<Long> hubs = new TreeSet<>();
            s.assigned.removeIf(a -> {
                boolean theirs = a.partner().equals(c.partner()) && a.email().equals(c.email());
                if (theirs) {
                    hubs.add(a.hub());
                }
                return theirs;
            });
            s.members.remove(new PE(c.partner(), c.email()));
            for (long h : hubs) {
                if (!s.anyUserAssigned(c.partner(), h)) {
                    s.ends.add(new End(c.partner(), h, at, "USERS_REMOVED_FROM_PARTNER"));
                }
            }
        } else if (command instanceof SetSeat c) {
            if (s.seat(c.hub(), c.email()) == null) {
                s.seatAppears(c.hub(), c.email(), c.status(), at);
            } else {
                s.seats.put(new HE(c.hub(), c.email()), c.status());
            }
        } else if (command instanceof RemoveSeat c) {
            s.seatDisappears(c.hub(), c.email(), true, at);
        } else if (command instanceof AddEmployees c) {
            for (String e : c.emails()) {
                s.assign(c.partner(), e, c.hub());
                if (s.seat(c.hub(), e) == null) {
                    s.seatAppears(c.hub(), e, "ACTIVE", at);
                }
            }
        } else if (command instanceof Link c) {
            s.assign(c.partner(), c.email(), c.hub());
        } else if (command instanceof Unassign c) {
            s.assigned.remove(new PEH(c.partner(), c.email(), c.hub()));
        } else if (command instanceof Reactivate c) {
            s.seats.put(new HE(c.hub(), c.email()), "ACTIVE");
        } else if (command instanceof RemoveStaff c) {
            boolean hadSeat = s.seat(c.hub(), c.email()) != null;
            s.assigned.remove(new PEH(c.partner(), c.email(), c.hub()));
            s.seatDisappears(c.hub(), c.email(), hadSeat, at);
        } else if (command instanceof SetClient c) {
            s.terms.put(c.hub(), new Terms(c.currency(), c.decimals(), c.mrr(), c.growthMarket()));
        } else if (command instanceof SetUnit c) {
            s.units.put(c.currency(), c.unit());
        } else if (command instanceof SetCatalogue c) {
            s.catalogue.put(c.tool(), Set.copyOf(c.actions()));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // activities

    /** One item of a batch, as sent. */
    public record Sent(String id, long hubId, String email, String tool, String action, Instant occurredAt) {
    }

    /**
     * How a batch was judged: accepted, duplicates (identical re-sends of a known id), and the indexes of the
     * rejected items and of the conflicts (a known id re-sent with other content: nothing changes).
     */
    public record Judged(int accepted, int duplicates, List<Integer> rejected, List<Integer> conflicts) {
    }

    public Judged receive(Instant now, List<Sent> batch) {
        int accepted = 0;
        int duplicates = 0;
        List<Integer> rejected = new ArrayList<>();
        List<Integer> conflicts = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Sent sent = batch.get(i);
            if (sent.occurredAt().isAfter(now.plus(MAX_AHEAD)) || !clients.containsKey(sent.hubId())) {
                rejected.add(i);
                continue;
            }
            Sent known = received.get(sent.id());
            if (known != null) {
                if (known.equals(sent)) {
                    duplicates++;
                } else {
                    conflicts.add(i);
                }
                continue;
            }
            received.put(sent.id(), sent);
            judged = null;
            accepted++;
        }
        return new Judged(accepted, duplicates, rejected, conflicts);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // credit

    /** Every immediate end so far. */
    public List<End> ends() {
        return replay(Instant.MAX).ends;
    }

    private boolean counts(StoredActivity a, String partner, long hub, Instant t, List<End> ends) {
        if (a.hubId() != hub || !a.attributedTo().contains(partner)) {
            return false;
        }
        if (a.occurredAt().isAfter(t) || !t.isBefore(a.occurredAt().plus(WINDOW))) {
            return false;
        }
        for (End end : ends) {
            if (end.partner().equals(partner) && end.hub() == hub && !end.at().isBefore(a.occurredAt())
                    && !end.at().isAfter(t)) {
                return false;
            }
        }
        return true;
    }

    public boolean servicing(String partner, long hub, Instant t) {
        List<End> ends = ends();
        return judged().stream().anyMatch(a -> counts(a, partner, hub, t, ends));
    }

    /** One row of a partner's breakdown as the spec defines it. */
    public record Row(long hubId, String currency, BigDecimal mrr, boolean servicing, BigDecimal credit, BigDecimal points,
                      int sharedWith, Optional<Instant> lastActivityAt, Optional<Instant> expiresAt) {
    }

    public record Expected(BigDecimal managedPoints, int servicedClients, Map<Long, Row> rows) {
    }

    public Expected breakdown(String partner, Instant t) {
        State then = replay(t);
        List<End> ends = ends();
        Map<Long, Row> rows = new TreeMap<>();
        BigDecimal total = new BigDecimal("0.00");
        int serviced = 0;
        for (PH ever : then.everAssigned) {
            if (!ever.partner().equals(partner)) {
                continue;
            }
            Terms terms = then.terms.get(ever.hub());
            BigDecimal mrr = terms.mrr();
            Set<String> servicingPartners = new TreeSet<>();
            for (String p : partnerDomains.keySet()) {
                for (StoredActivity a : judged()) {
                    if (counts(a, p, ever.hub(), t, ends)) {
                        servicingPartners.add(p);
                    }
                }
            }
            Optional<Instant> last = judged().stream()
                    .filter(a -> a.hubId() == ever.hub() && a.attributedTo().contains(partner) && !a.occurredAt().isAfter(t))
                    .map(StoredActivity::occurredAt)
                    .max(Instant::compareTo);
            boolean servicing = servicingPartners.contains(partner);
            BigDecimal credit = BigDecimal.ZERO.setScale(terms.decimals());
            BigDecimal points = new BigDecimal("0.00");
            Optional<Instant> expires = Optional.empty();
            if (servicing) {
                credit = mrr.divide(BigDecimal.valueOf(servicingPartners.size()), terms.decimals(), RoundingMode.HALF_EVEN);
                BigDecimal factor = terms.growthMarket() ? BigDecimal.valueOf(2) : BigDecimal.ONE;
                points = credit.multiply(factor).divide(then.units.get(terms.currency()), 2, RoundingMode.HALF_EVEN);
                expires = judged().stream()
                        .filter(a -> counts(a, partner, ever.hub(), t, ends))
                        .map(a -> a.occurredAt().plus(WINDOW))
                        .max(Instant::compareTo);
                serviced++;
            }
            total = total.add(points);
            rows.put(ever.hub(), new Row(ever.hub(), terms.currency(), mrr, servicing, credit, points,
                    servicing ? servicingPartners.size() : 0, last, expires));
        }
        return new Expected(total, serviced, rows);
    }

    /** One listed user of an explanation (docs/rules.md §8). */
    public record UserWhy(String email, boolean partnerUser, boolean assigned, Optional<String> clientUser,
                          Optional<Instant> lastQualifyingActivityAt, Optional<String> reason) {
    }

    /** The explanation of a partner's relationship with a client at t, as docs/rules.md §8 words it. */
    public record Why(boolean servicing, Optional<String> reason, Optional<Instant> endedAt,
                      Optional<String> keptAliveBy, Optional<Instant> keptAliveAt, List<UserWhy> users) {
    }

    public Why explanation(String partner, long hub, Instant t) {
        State then = replay(t);
        List<End> ends = ends();
        List<StoredActivity> attributed = judged().stream()
                .filter(a -> a.hubId() == hub && a.attributedTo().contains(partner) && !a.occurredAt().isAfter(t))
                .toList();
        Optional<StoredActivity> latest = attributed.stream().max(LATEST);
        boolean servicing = attributed.stream().anyMatch(a -> counts(a, partner, hub, t, ends));

        // the users that matter: present and assigned or seated at t, and anyone with an attributed activity
        Set<String> emails = new TreeSet<>();
        for (PE member : then.members.keySet()) {
            if (member.partner().equals(partner) && (then.assigned.contains(new PEH(partner, member.email(), hub))
                    || then.seat(hub, member.email()) != null)) {
                emails.add(member.email());
            }
        }
        attributed.forEach(a -> emails.add(a.email()));
        List<UserWhy> users = new ArrayList<>();
        String furthestReason = "NO_ASSIGNMENT";
        int furthest = -1;
        for (String email : emails) {
            boolean partnerUser = then.member(partner, email);
            boolean assigned = then.assigned.contains(new PEH(partner, email, hub));
            String seat = then.seat(hub, email);
            Optional<StoredActivity> last = attributed.stream().filter(a -> a.email().equals(email)).max(LATEST);
            String reason;
            int passed;
            if (last.isPresent() && counts(last.get(), partner, hub, t, ends)) {
                reason = null;
                passed = 4;
            } else if (!partnerUser) {
                reason = "NOT_A_PARTNER_USER";
                passed = 0;
            } else if (!assigned) {
                reason = "NO_ASSIGNMENT";
                passed = 1;
            } else if (seat == null) {
                reason = "NOT_A_CLIENT_USER";
                passed = 2;
            } else if (seat.equals("DEACTIVATED")) {
                reason = "USER_DEACTIVATED";
                passed = 2;
            } else if (last.isEmpty()) {
                reason = "NO_QUALIFYING_ACTIVITY";
                passed = 3;
            } else {
                reason = cutOrExpired(partner, hub, last.get().occurredAt(), t, ends).reason();
                passed = 3;
            }
            if (passed > furthest) {
                furthest = passed;
                furthestReason = reason;
            }
            users.add(new UserWhy(email, partnerUser, assigned, Optional.ofNullable(seat),
                    last.map(StoredActivity::occurredAt), Optional.ofNullable(reason)));
        }
        if (servicing) {
            return new Why(true, Optional.empty(), Optional.empty(), latest.map(StoredActivity::id),
                    latest.map(StoredActivity::occurredAt), users);
        }
        if (latest.isEmpty()) {
            return new Why(false, Optional.of(furthestReason), Optional.empty(), Optional.empty(), Optional.empty(),
                    users);
        }
        Ending ending = cutOrExpired(partner, hub, latest.get().occurredAt(), t, ends);
        return new Why(false, Optional.of(ending.reason()), ending.endedAt(), Optional.empty(), Optional.empty(), users);
    }

    /** Latest by instant, then the greatest activity id (docs/rules.md §8). */
    private static final java.util.Comparator<StoredActivity> LATEST =
            java.util.Comparator.comparing(StoredActivity::occurredAt).thenComparing(StoredActivity::id);

    /** Why an activity that no longer counts at t stopped counting: the first end that cut it, or its expiry. */
    public record Ending(String reason, Optional<Instant> endedAt) {
    }

    private Ending cutOrExpired(String partner, long hub, Instant from, Instant t, List<End> ends) {
        Optional<End> cut = ends.stream()
                .filter(e -> e.partner().equals(partner) && e.hub() == hub && !e.at().isBefore(from)
                        && !e.at().isAfter(t) && e.at().isBefore(from.plus(WINDOW)))
                .min((x, y) -> x.at().compareTo(y.at()));
        return cut.map(e -> new Ending("ENDED_" + e.reason(), Optional.of(e.at())))
                .orElse(new Ending("EXPIRED", Optional.of(from.plus(WINDOW))));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the seeds, copied from docs/rules.md §4 and §6

    private static final Map<String, BigDecimal> SEEDED_UNITS = Map.of(
            "USD", new BigDecimal("100"), "EUR", new BigDecimal("88"), "GBP", new BigDecimal("74"),
            "AUD", new BigDecimal("154"), "CAD", new BigDecimal("130"), "SGD", new BigDecimal("129"),
            "JPY", new BigDecimal("14400"), "ZAR", new BigDecimal("1768"), "COP", new BigDecimal("408000"));

    private static final Map<String, Set<String>> SEEDED_CATALOGUE = seededCatalogue();

    private static Map<String, Set<String>> seededCatalogue() {
        Map<String, Set<String>> catalogue = new HashMap<>();
        catalogue.put("BLOG", Set.of("PUBLISH"));
        for (String tool : List.of("EMAIL", "LANDING_PAGES", "WEBSITE_PAGES", "FORMS", "CTAS", "WORKFLOWS", "LISTS",
                "CRM", "REPORTS", "SOCIAL", "ADS", "SEQUENCES", "KNOWLEDGE_BASE")) {
            catalogue.put(tool, Set.of("CREATE", "EDIT", "PUBLISH"));
        }
        return Map.copyOf(catalogue);
    }

    /** Present partner users, for the test's choice of plausible commands (not part of any answer). */
    public List<String[]> presentUsers(Instant now) {
        List<String[]> users = new ArrayList<>();
        replay(now).members.forEach((m, employee) -> users.add(new String[] {m.partner(), m.email(), employee.toString()}));
        users.sort((a, b) -> (a[0] + a[1]).compareTo(b[0] + b[1]));
        return users;
    }

    /** Seats (hub, e-mail, status), for the test's choice of plausible commands. */
    public List<Object[]> seats(Instant now) {
        List<Object[]> seats = new ArrayList<>();
        replay(now).seats.forEach((he, status) -> seats.add(new Object[] {he.hub(), he.email(), status}));
        seats.sort((a, b) -> (a[0] + "|" + a[1]).compareTo(b[0] + "|" + b[1]));
        return seats;
    }

    /** (hub, e-mail) pairs where the e-mail could be attributed now, for the test's choice of activities. */
    public List<Object[]> attributablePairs(Instant now) {
        State s = replay(now);
        Set<String> seen = new LinkedHashSet<>();
        List<Object[]> pairs = new ArrayList<>();
        for (PEH a : s.assigned) {
            if (s.member(a.partner(), a.email()) && "ACTIVE".equals(s.seat(a.hub(), a.email()))
                    && seen.add(a.hub() + "|" + a.email())) {
                pairs.add(new Object[] {a.hub(), a.email()});
            }
        }
        pairs.sort((x, y) -> (x[0] + "|" + x[1]).compareTo(y[0] + "|" + y[1]));
        return pairs;
    }
}
