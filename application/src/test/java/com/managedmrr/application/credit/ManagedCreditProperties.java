package com.managedmrr.application.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.application.activity.RecordActivitiesResult;
import com.managedmrr.application.catalogue.SetPointRateCommand;
import com.managedmrr.application.catalogue.SetQualifyingActionsCommand;
import com.managedmrr.application.credit.reference.ReferenceModel;
import com.managedmrr.application.credit.reference.ReferenceModel.Expected;
import com.managedmrr.application.credit.reference.ReferenceModel.Row;
import com.managedmrr.application.testing.InMemoryApplication;
import com.managedmrr.application.testing.Scenario;
import com.managedmrr.domain.credit.AttributedActivity;
import com.managedmrr.domain.credit.Breakdown;
import com.managedmrr.domain.credit.BreakdownRow;
import com.managedmrr.domain.credit.Explanation;
import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.model.SeatStatus;
import com.managedmrr.domain.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import java.util.stream.Collectors;

/**
 * The engine (every use case over the in-memory store) against a deliberately simple reference written from docs/rules.md
 * ({@link ReferenceModel}), on random histories: 1–3 partners, 1–4 e-mails (in the partners' domains or not, the same
 * e-mail in several partners), 1–3 client accounts in varied currencies (some in growth markets), and up to 40 events
 * at non-decreasing instants, 0 seconds (the same instant) to 70 days apart: partner users added, re-added and removed; seats added,
 * (de)activated and removed by the client; Add employees, Link clients, Unassign, Reactivate, Remove employee from
 * client; MRR, point-unit and catalogue changes; and batches of activities, qualifying or not, some late (at past
 * instants, exactly at earlier events' instants), some duplicates, some refused.
 *
 * <p>Every command's refusal (or acceptance) and every batch's judgement must agree; then, halfway through and at the
 * end, the servicing spans the store kept must be those computed again from its ledger, and every partner's breakdown (servicing, MRR, credit, points, shared with, last activity, expiry, totals) and
 * explanations must agree at instants in the past, between events, exactly at events, at the edge of activities'
 * 60-day windows, and in the future.
 *
 * <p>Histories come from seeded generators under plain JUnit: one dynamic test per seed, 100 histories each, 10,000 in
 * all (-Dmrr.properties.seeds, -Dmrr.properties.historiesPerSeed; -Dmrr.properties.seed=N runs that seed alone). At
 * the first disagreement the history is shrunk ({@link Shrinker}: events are dropped while the disagreement
 * persists) and the failure names the seed and prints the shrunk history with the trace of what was compared.
 */
class ManagedCreditProperties {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration MICRO = Duration.ofNanos(1000);
    private static final Duration WINDOW = Duration.ofDays(60);
    private static final long DAY = 86_400;

    private static final List<String> DOMAINS = List.of("d0.example", "d1.example", "d2.example", "free.example");
    private static final List<String> CURRENCIES = List.of("USD", "JPY", "EUR", "ZAR", "COP", "GBP");
    private static final List<String[]> QUALIFYING = List.of(
            new String[] {"BLOG", "PUBLISH"}, new String[] {"CRM", "EDIT"}, new String[] {"EMAIL", "CREATE"});
    private static final List<String[]> NOT_QUALIFYING = List.of(
            new String[] {"BLOG", "EDIT"}, new String[] {"CRM", "LOGIN"}, new String[] {"REPORTS", "VIEW"},
            new String[] {"TELEPORTER", "CREATE"});

    enum Kind {
        UPSERT_USER, REMOVE_USER, SET_SEAT, REMOVE_SEAT, ADD_EMPLOYEES, LINK, UNASSIGN, REACTIVATE, REMOVE_STAFF,
        SET_CLIENT, ACTIVITIES, SET_UNIT, SET_CATALOGUE
    }

    /** One event: what, how long after the previous one, and a salt for its choices. */
    record Op(Kind kind, long gapSeconds, long salt) {
    }

    /** A partner accepts employees in the domains of its mask (bits 0–2 of DOMAINS). */
    record PartnerSpec(int domainMask) {
    }

    record ClientSpec(int currency, boolean growthMarket, long mrrMinorUnits) {
    }

    record History(List<PartnerSpec> partners, List<Integer> emailDomains, List<ClientSpec> clients, List<Op> ops,
                   long seed) {

        /** 1–3 partners, 1–4 e-mails, 1–3 clients, 1–40 events (uniformly many), and a seed for the checks' choices. */
        static History random(Random r) {
            return new History(
                    Draw.list(r, 1, 3, () -> randomPartner(r)),
                    Draw.list(r, 1, 4, () -> r.nextInt(DOMAINS.size())),
                    Draw.list(r, 1, 3, () -> randomClient(r)),
                    Draw.list(r, 1, 40, () -> randomOp(r)),
                    r.nextLong());
        }

        History withOps(List<Op> fewer) {
            return new History(partners, emailDomains, clients, List.copyOf(fewer), seed);
        }

        String describe() {
            StringBuilder text = new StringBuilder("  partners (domain masks): ").append(partners)
                    .append("\n  e-mail domains: ").append(emailDomains)
                    .append("\n  clients: ").append(clients)
                    .append("\n  checks' seed: ").append(seed)
                    .append("\n  events (").append(ops.size()).append("):");
            ops.forEach(op -> text.append("\n    ").append(op));
            return text.toString();
        }
    }

    /** How many seeds (one dynamic test each) and histories per seed: 100 × 100 = 10,000 histories a run. */
    private static final int SEEDS = Integer.getInteger("mrr.properties.seeds", 100);
    private static final int HISTORIES_PER_SEED = Integer.getInteger("mrr.properties.historiesPerSeed", 100);
    /** The first seed; a failure prints the seed of its dynamic test, to run again with -Dmrr.properties.seed=... */
    private static final long FIRST_SEED = Long.getLong("mrr.properties.seed", 20_261_201L);

    @TestFactory
    Stream<DynamicTest> engineAgreesWithTheSpecReference_onRandomHistories() {
        int seeds = System.getProperty("mrr.properties.seed") != null ? 1 : SEEDS;
        return LongStream.range(FIRST_SEED, FIRST_SEED + seeds).mapToObj(seed -> DynamicTest.dynamicTest(
                "seed " + seed, () -> agreeOnHistoriesOf(seed)));
    }

    /** Plays the seed's histories; at the first disagreement, shrinks that history and fails with it and the seed. */
    private static void agreeOnHistoriesOf(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < HISTORIES_PER_SEED; i++) {
            History history = History.random(random);
            AssertionError failure = disagreement(history);
            if (failure != null) {
                Shrinker.Shrunk shrunk = Shrinker.shrink(history, failure);
                throw new AssertionError("The engine and the reference disagree on history " + i + " of seed " + seed
                        + " (run again with -Dmrr.properties.seed=" + seed + "); shrunk from " + history.ops().size()
                        + " to " + shrunk.history().ops().size() + " events in " + shrunk.attempts() + " attempts:\n"
                        + shrunk.history().describe() + "\n" + shrunk.failure().getMessage(), shrunk.failure());
            }
        }
    }

    /** The disagreement this history shows, or null when the engine and the reference agree throughout. */
    static AssertionError disagreement(History history) {
        try {
            new Run(history).play();
            return null;
        } catch (AssertionError failure) {
            return failure;
        }
    }

    /**
     * Drops events from a history while the engine and the reference still disagree on it: first halves, then
     * ever smaller runs of events, down to single ones, until no single event can go. Each event keeps its own salt,
     * so the events that stay make the same choices wherever the state lets them.
     */
    static final class Shrinker {

        private static final int MAX_ATTEMPTS = 2_000;

        record Shrunk(History history, AssertionError failure, int attempts) {
        }

        static Shrunk shrink(History history, AssertionError failure) {
            History smallest = history;
            AssertionError last = failure;
            int attempts = 0;
            boolean progress = true;
            while (progress && attempts < MAX_ATTEMPTS) {
                progress = false;
                for (int run = Math.max(1, smallest.ops().size() / 2); run >= 1 && attempts < MAX_ATTEMPTS; run /= 2) {
                    int from = 0;
                    while (from + run <= smallest.ops().size() && attempts < MAX_ATTEMPTS) {
                        List<Op> fewer = new ArrayList<>(smallest.ops());
                        fewer.subList(from, from + run).clear();
                        History candidate = smallest.withOps(fewer);
                        attempts++;
                        AssertionError still = disagreement(candidate);
                        if (still != null) {
                            smallest = candidate;
                            last = still;
                            progress = true;
                        } else {
                            from += run;
                        }
                    }
                }
            }
            return new Shrunk(smallest, last, attempts);
        }
    }

    /** Seeded draws from the generators' distributions: ranges, weighted alternatives, lists. */
    private static final class Draw {

        private Draw() {
        }

        static long between(Random r, long min, long max) {
            return min + (long) Math.floor(r.nextDouble() * (max - min + 1));
        }

        /** One of the alternatives, each as often as its weight. */
        @SafeVarargs
        static <T> T weighted(Random r, Object... weightsAndSuppliers) {
            int total = 0;
            for (int i = 0; i < weightsAndSuppliers.length; i += 2) {
                total += (Integer) weightsAndSuppliers[i];
            }
            int pick = r.nextInt(total);
            for (int i = 0; i < weightsAndSuppliers.length; i += 2) {
                pick -= (Integer) weightsAndSuppliers[i];
                if (pick < 0) {
                    @SuppressWarnings("unchecked")
                    Supplier<T> chosen = (Supplier<T>) weightsAndSuppliers[i + 1];
                    return chosen.get();
                }
            }
            throw new IllegalStateException();
        }

        static <T> List<T> list(Random r, int min, int max, Supplier<T> element) {
            int size = (int) between(r, min, max);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(element.get());
            }
            return List.copyOf(list);
        }
    }

    static PartnerSpec randomPartner(Random r) {
        return new PartnerSpec((int) Draw.between(r, 1, 7));
    }

    static ClientSpec randomClient(Random r) {
        int currency = r.nextInt(CURRENCIES.size());
        boolean growth = r.nextInt(4) == 0;
        long mrr = Draw.<Long>weighted(r,
                3, (Supplier<Long>) () -> Draw.between(r, 0, 5_000_000),
                1, (Supplier<Long>) () -> List.of(10_001L, 100_00L, 1_000_00L, 12_50L, 1L, 0L).get(r.nextInt(6)));
        return new ClientSpec(currency, growth, mrr);
    }

    static Op randomOp(Random r) {
        Kind kind = Draw.<Kind>weighted(r,
                12, (Supplier<Kind>) () -> Kind.UPSERT_USER, 4, (Supplier<Kind>) () -> Kind.REMOVE_USER,
                12, (Supplier<Kind>) () -> Kind.SET_SEAT, 5, (Supplier<Kind>) () -> Kind.REMOVE_SEAT,
                6, (Supplier<Kind>) () -> Kind.ADD_EMPLOYEES, 6, (Supplier<Kind>) () -> Kind.LINK,
                4, (Supplier<Kind>) () -> Kind.UNASSIGN, 3, (Supplier<Kind>) () -> Kind.REACTIVATE,
                5, (Supplier<Kind>) () -> Kind.REMOVE_STAFF, 5, (Supplier<Kind>) () -> Kind.SET_CLIENT,
                30, (Supplier<Kind>) () -> Kind.ACTIVITIES, 1, (Supplier<Kind>) () -> Kind.SET_UNIT,
                3, (Supplier<Kind>) () -> Kind.SET_CATALOGUE);
        long gap = Draw.<Long>weighted(r,
                1, (Supplier<Long>) () -> 0L,
                3, (Supplier<Long>) () -> Draw.between(r, 1, 59),
                2, (Supplier<Long>) () -> Draw.between(r, 60, DAY),
                4, (Supplier<Long>) () -> Draw.between(r, DAY, 70 * DAY),
                1, (Supplier<Long>) () -> List.of(60 * DAY, 60 * DAY - 1, 60 * DAY + 1).get(r.nextInt(3)));
        return new Op(kind, gap, r.nextLong());
    }

    /** One history played against the engine and the reference side by side. */
    private static final class Run {

        private final History history;
        private final InMemoryApplication app = new InMemoryApplication(new MutableClock(T0));
        private final Scenario engine = new Scenario(app);
        private final ReferenceModel reference = new ReferenceModel(T0);
        private final Random random;
        private final List<String> partners = new ArrayList<>();
        private final List<String> emails = new ArrayList<>();
        private final List<Long> hubs = new ArrayList<>();
        private final List<Instant> eventInstants = new ArrayList<>();
        private final List<String> sentIds = new ArrayList<>();
        private final List<String> trace = new ArrayList<>();

        Run(History history) {
            this.history = history;
            this.random = new Random(history.seed());
        }

        void play() {
            setUp();
            int halfway = history.ops().size() / 2;
            for (int i = 0; i < history.ops().size(); i++) {
                if (i == halfway) {
                    checkCredit(4);
                }
                apply(history.ops().get(i));
            }
            checkCredit(8);
        }

        private void setUp() {
            for (int i = 0; i < history.partners().size(); i++) {
                String id = "p" + i;
                Set<String> domains = new TreeSet<>();
                for (int bit = 0; bit < 3; bit++) {
                    if ((history.partners().get(i).domainMask() & (1 << bit)) != 0) {
                        domains.add(DOMAINS.get(bit));
                    }
                }
                partners.add(id);
                engine.partner(id, domains.toArray(String[]::new));
                reference.partner(id, domains);
            }
            for (int j = 0; j < history.emailDomains().size(); j++) {
                emails.add("u" + j + "@" + DOMAINS.get(history.emailDomains().get(j)));
            }
            for (int k = 0; k < history.clients().size(); k++) {
                ClientSpec spec = history.clients().get(k);
                long hub = 100 + k;
                String currency = CURRENCIES.get(spec.currency());
                int decimals = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
                BigDecimal mrr = BigDecimal.valueOf(spec.mrrMinorUnits(), decimals);
                hubs.add(hub);
                engine.client(hub, "Client " + hub, currency, mrr.toPlainString(), spec.growthMarket());
                reference.client(new ReferenceModel.Client(hub, "Client " + hub, currency, decimals,
                        spec.growthMarket()), mrr);
            }
        }

        // ------------------------------------------------------------------------------------------------------------
        // events

        private void apply(Op op) {
            Instant now = app.clock.advance(Duration.ofSeconds(op.gapSeconds()));
            eventInstants.add(now);
            Random r = new Random(op.salt());
            switch (op.kind()) {
                case UPSERT_USER -> {
                    String p = pick(r, partners);
                    String e = pick(r, emails);
                    boolean inPartnersDomains = reference.accepts(p, e);
                    boolean employee = inPartnersDomains ? r.nextInt(4) != 0 : r.nextInt(6) == 0;
                    agree(now, new ReferenceModel.UpsertUser(p, e, employee), () -> engine.partnerUser(p, e,
                            employee ? PartnerUserKind.EMPLOYEE : PartnerUserKind.CONTRACTOR));
                }
                case REMOVE_USER -> {
                    String[] user = presentUser(r, now, null);
                    agree(now, new ReferenceModel.RemoveUser(user[0], user[1]), () -> {
                        engine.removePartnerUser(user[0], user[1]);
                        return null;
                    });
                }
                case SET_SEAT -> {
                    long h = pick(r, hubs);
                    List<String[]> users = reference.presentUsers(now);
                    String e = !users.isEmpty() && r.nextBoolean() ? pick(r, users)[1] : pick(r, emails);
                    SeatStatus status = r.nextInt(4) == 0 ? SeatStatus.DEACTIVATED : SeatStatus.ACTIVE;
                    agree(now, new ReferenceModel.SetSeat(h, e, status.name()), () -> engine.seat(h, e, status));
                }
                case REMOVE_SEAT -> {
                    List<Object[]> seats = reference.seats(now);
                    long h;
                    String e;
                    if (!seats.isEmpty() && r.nextInt(5) != 0) {
                        Object[] seat = pick(r, seats);
                        h = (Long) seat[0];
                        e = (String) seat[1];
                    } else {
                        h = pick(r, hubs);
                        e = pick(r, emails);
                    }
                    agree(now, new ReferenceModel.RemoveSeat(h, e), () -> {
                        engine.removeSeat(h, e);
                        return null;
                    });
                }
                case ADD_EMPLOYEES -> {
                    String p = pick(r, partners);
                    long h = pick(r, hubs);
                    List<String> chosen = new ArrayList<>();
                    if (r.nextInt(4) != 0) {
                        for (String[] user : reference.presentUsers(now)) {
                            if (user[0].equals(p) && user[2].equals("true") && r.nextBoolean()) {
                                chosen.add(user[1]);
                            }
                        }
                    }
                    if (chosen.isEmpty()) {
                        chosen.add(pick(r, emails));
                    }
                    agree(now, new ReferenceModel.AddEmployees(p, h, List.copyOf(chosen)),
                            () -> engine.addEmployees(p, h, chosen.toArray(String[]::new)));
                }
                case LINK -> {
                    String[] user = presentUser(r, now, "false");
                    long h = pick(r, hubs);
                    agree(now, new ReferenceModel.Link(user[0], user[1], h), () -> engine.linkClient(user[0], user[1], h));
                }
                case UNASSIGN -> {
                    String[] user = presentUser(r, now, null);
                    long h = pick(r, hubs);
                    agree(now, new ReferenceModel.Unassign(user[0], user[1], h), () -> {
                        engine.unassign(user[0], h, user[1]);
                        return null;
                    });
                }
                case REACTIVATE -> {
                    String[] user = presentUser(r, now, null);
                    long h = pick(r, hubs);
                    agree(now, new ReferenceModel.Reactivate(user[0], user[1], h),
                            () -> engine.reactivate(user[0], h, user[1]));
                }
                case REMOVE_STAFF -> {
                    String[] user = presentUser(r, now, null);
                    long h = pick(r, hubs);
                    Boolean ended = agree(now, new ReferenceModel.RemoveStaff(user[0], user[1], h),
                            () -> engine.removeStaff(user[0], h, user[1]));
                    if (ended != null) {
                        assertThat(ended).as(context("remove staff answers whether the relationship ended"))
                                .isEqualTo(reference.endedByLastCommand(h).contains(user[0]));
                    }
                }
                case SET_CLIENT -> {
                    long h = pick(r, hubs);
                    ReferenceModel.Terms terms = reference.termsNow(h);
                    String currency = terms.currency();
                    boolean growth = terms.growthMarket();
                    switch (r.nextInt(4)) {
                        case 0 -> growth = !growth;
                        case 1 -> currency = pick(r, CURRENCIES);
                        default -> {
                        }
                    }
                    int decimals = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
                    BigDecimal mrr = r.nextInt(3) == 0 && currency.equals(terms.currency())
                            ? terms.mrr() : BigDecimal.valueOf(r.nextInt(5_000_000), decimals);
                    String c = currency;
                    boolean g = growth;
                    agree(now, new ReferenceModel.SetClient(h, currency, decimals, mrr, growth), () -> {
                        engine.client(h, "Client " + h, c, mrr.toPlainString(), g);
                        return null;
                    });
                }
                case SET_UNIT -> {
                    String currency = reference.termsNow(pick(r, hubs)).currency();
                    BigDecimal seeded = Map.of("USD", 100, "JPY", 14400, "EUR", 88, "ZAR", 1768, "COP", 408000,
                            "GBP", 74).entrySet().stream().filter(e -> e.getKey().equals(currency))
                            .map(e -> BigDecimal.valueOf(e.getValue())).findFirst().orElseThrow();
                    BigDecimal unit = List.of(seeded, seeded.multiply(BigDecimal.valueOf(2)),
                            seeded.divide(BigDecimal.valueOf(2))).get(r.nextInt(3)).stripTrailingZeros();
                    BigDecimal plain = unit.scale() < 0 ? unit.setScale(0) : unit;
                    agree(now, new ReferenceModel.SetUnit(currency, plain), () -> Scenario.await(
                            app.services.setPointRate().setPointRate(new SetPointRateCommand(currency, plain))));
                }
                case SET_CATALOGUE -> {
                    boolean blog = r.nextBoolean();
                    String tool = blog ? "BLOG" : "CRM";
                    Set<String> actions = blog
                            ? (r.nextBoolean() ? Set.of("PUBLISH") : Set.of("PUBLISH", "EDIT"))
                            : (r.nextBoolean() ? Set.of("CREATE", "EDIT", "PUBLISH") : Set.of("CREATE"));
                    agree(now, new ReferenceModel.SetCatalogue(tool, actions), () -> Scenario.await(
                            app.services.setQualifyingActions().setQualifyingActions(
                                    new SetQualifyingActionsCommand(tool, actions))));
                }
                case ACTIVITIES -> activities(now, r);
                default -> throw new IllegalStateException(op.kind().name());
            }
        }

        /** A present partner user (of the kind asked, "true" employee / "false" contractor / null any) most of the time. */
        private String[] presentUser(Random r, Instant now, String employee) {
            List<String[]> users = reference.presentUsers(now).stream()
                    .filter(u -> employee == null || u[2].equals(employee))
                    .toList();
            if (!users.isEmpty() && r.nextInt(5) != 0) {
                return pick(r, users);
            }
            return new String[] {pick(r, partners), pick(r, emails)};
        }

        /** Runs the command on both; they must agree on whether (and with which code) it is refused. */
        private <T> T agree(Instant now, ReferenceModel.Command command, Supplier<T> onEngine) {
            String expected = reference.command(now, command);
            String actual = null;
            T answer = null;
            try {
                answer = onEngine.get();
            } catch (DomainException refused) {
                actual = refused.code();
            }
            trace.add(now + " " + command + (expected == null ? "" : " refused " + expected));
            assertThat(actual).as(context("refusal of " + command)).isEqualTo(expected);
            return answer;
        }

        private void activities(Instant now, Random r) {
            int size = 1 + r.nextInt(3);
            List<ReferenceModel.Sent> sent = new ArrayList<>();
            List<Activity> activities = new ArrayList<>();
            List<Object[]> attributable = reference.attributablePairs(now);
            for (int i = 0; i < size; i++) {
                long hub;
                String email;
                if (!attributable.isEmpty() && r.nextInt(4) != 0) {
                    Object[] pair = pick(r, attributable);
                    hub = (Long) pair[0];
                    email = (String) pair[1];
                } else {
                    hub = r.nextInt(20) == 0 ? 999 : pick(r, hubs);
                    email = pick(r, emails);
                }
                String[] toolAction = r.nextInt(4) != 0 ? pick(r, QUALIFYING) : pick(r, NOT_QUALIFYING);
                Instant occurredAt = !sent.isEmpty() && r.nextInt(4) == 0
                        ? sent.get(sent.size() - 1).occurredAt() : occurredAt(r, now);
                String id = !sentIds.isEmpty() && r.nextInt(10) == 0 ? pick(r, sentIds) : "act-" + sentIds.size();
                sentIds.add(id);
                sent.add(new ReferenceModel.Sent(id, hub, email, toolAction[0], toolAction[1], occurredAt));
                activities.add(new Activity(ActivityId.of(id), HubId.of(hub), Email.of(email), toolAction[0],
                        toolAction[1], occurredAt, null));
            }
            ReferenceModel.Judged expected = reference.receive(now, sent);
            RecordActivitiesResult actual = engine.record(activities);
            trace.add(now + " activities " + sent);
            assertThat(actual.accepted()).as(context("accepted of " + sent)).isEqualTo(expected.accepted());
            assertThat(actual.duplicates()).as(context("duplicates of " + sent)).isEqualTo(expected.duplicates());
            assertThat(actual.rejected()).extracting(RecordActivitiesResult.Rejection::index)
                    .as(context("rejected of " + sent)).isEqualTo(expected.rejected());
            assertThat(actual.conflicts()).extracting(RecordActivitiesResult.Conflict::index)
                    .as(context("conflicts of " + sent)).isEqualTo(expected.conflicts());
        }

        private Instant occurredAt(Random r, Instant now) {
            return switch (r.nextInt(13)) {
                case 0, 1, 2, 3 -> now;
                case 4, 5 -> now.minusSeconds(r.nextInt(3600));
                case 6 -> pick(r, eventInstants);
                case 7 -> pick(r, eventInstants).minus(MICRO);
                case 8 -> {
                    Instant justAfter = pick(r, eventInstants).plus(MICRO);
                    yield justAfter.isAfter(now) ? now : justAfter;
                }
                case 12 -> now.plusSeconds(1 + r.nextInt(300));
                case 9, 10 -> now.minusSeconds((long) r.nextInt(70) * DAY + r.nextInt((int) DAY));
                case 11 -> switch (r.nextInt(4)) {
                    case 0 -> now.plus(Duration.ofMinutes(5)).plus(MICRO);
                    case 1 -> now.plus(Duration.ofMinutes(5));
                    default -> now.plusSeconds(1 + r.nextInt(300));
                };
                default -> now;
            };
        }

        // ------------------------------------------------------------------------------------------------------------
        // checks

        /** The servicing spans kept by ingestion and commands are those computed again from the ledger (§5.5). */
        private void checkSpans() {
            assertThat(app.store.spans())
                    .as("stored servicing spans against the spans computed from the ledger\n" + String.join("\n", trace))
                    .isEqualTo(app.store.spansFromTheLedger().entrySet().stream()
                            .filter(entry -> !entry.getValue().isEmpty())
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        }

        private void checkCredit(int instants) {
            checkSpans();
            Instant now = app.clock.now();
            List<Instant> candidates = new ArrayList<>();
            for (Instant event : eventInstants) {
                candidates.add(event);
                candidates.add(event.minus(MICRO));
            }
            for (ReferenceModel.StoredActivity a : reference.activities()) {
                candidates.add(a.occurredAt());
                candidates.add(a.occurredAt().plus(WINDOW));
                candidates.add(a.occurredAt().plus(WINDOW).minus(MICRO));
            }
            reference.ends().forEach(end -> candidates.add(end.at()));
            candidates.add(T0.minusSeconds(3600));
            Set<Instant> chosen = new LinkedHashSet<>();
            chosen.add(now);
            chosen.add(now.plusSeconds(1 + random.nextInt((int) (80 * DAY))));
            chosen.add(T0.plusSeconds((long) (random.nextDouble() * Duration.between(T0, now).getSeconds())));
            for (int i = 0; i < instants; i++) {
                chosen.add(pick(random, candidates));
            }
            for (Instant t : chosen) {
                for (String partner : partners) {
                    checkBreakdown(partner, t);
                }
            }
        }

        private void checkBreakdown(String partner, Instant t) {
            Expected expected = reference.breakdown(partner, t);
            Breakdown actual = engine.breakdown(partner, t);
            String where = partner + " at " + t;
            Map<Long, BreakdownRow> rows = actual.clients().stream()
                    .collect(Collectors.toMap(row -> row.client().hubId().value(), row -> row));
            assertThat(rows.keySet()).as(context("breakdown rows of " + where)).isEqualTo(expected.rows().keySet());
            for (Row want : expected.rows().values()) {
                BreakdownRow got = rows.get(want.hubId());
                String row = where + " client " + want.hubId();
                assertThat(got.client().currency().code()).as(context("currency of " + row)).isEqualTo(want.currency());
                assertThat(got.client().mrr()).as(context("mrr of " + row)).isEqualByComparingTo(want.mrr());
                assertThat(got.servicing()).as(context("servicing of " + row)).isEqualTo(want.servicing());
                assertThat(got.credit()).as(context("credit of " + row)).isEqualTo(want.credit());
                assertThat(got.points()).as(context("points of " + row)).isEqualTo(want.points());
                assertThat(got.sharedWith()).as(context("sharedWith of " + row)).isEqualTo(want.sharedWith());
                assertThat(got.lastActivityAt()).as(context("last activity of " + row)).isEqualTo(want.lastActivityAt());
                assertThat(got.expiresAt()).as(context("expiry of " + row)).isEqualTo(want.expiresAt());
            }
            assertThat(actual.managedPoints()).as(context("managed points of " + where)).isEqualTo(expected.managedPoints());
            assertThat(actual.servicedClients()).as(context("serviced clients of " + where))
                    .isEqualTo(expected.servicedClients());
            if (!expected.rows().isEmpty()) {
                checkExplanation(partner, pick(random, List.copyOf(expected.rows().values())), t);
            }
        }

        private void checkExplanation(String partner, Row row, Instant t) {
            long hub = row.hubId();
            Explanation actual = engine.explain(partner, hub, t);
            ReferenceModel.Why expected = reference.explanation(partner, hub, t);
            String where = partner + " client " + hub + " at " + t;
            assertThat(actual.servicing()).as(context("explained servicing of " + where)).isEqualTo(row.servicing());
            assertThat(actual.servicing()).as(context("servicing in the explanation of " + where))
                    .isEqualTo(expected.servicing());
            assertThat(actual.reason().map(Enum::name)).as(context("reason of " + where)).isEqualTo(expected.reason());
            assertThat(actual.endedAt()).as(context("ended at, of " + where)).isEqualTo(expected.endedAt());
            assertThat(actual.keptAliveBy().map(a -> a.activityId().value()))
                    .as(context("kept alive by, of " + where)).isEqualTo(expected.keptAliveBy());
            assertThat(actual.keptAliveBy().map(AttributedActivity::occurredAt))
                    .as(context("kept alive at, of " + where)).isEqualTo(expected.keptAliveAt());
            if (row.servicing()) {
                assertThat(actual.keptAliveBy().map(AttributedActivity::expiresAt))
                        .as(context("kept alive until, of " + where)).isEqualTo(row.expiresAt());
            }
            List<ReferenceModel.UserWhy> users = actual.users().stream()
                    .map(u -> new ReferenceModel.UserWhy(u.email().value(), u.partnerUser(), u.assigned(),
                            u.clientUser().map(Enum::name), u.lastQualifyingActivityAt(), u.reason().map(Enum::name)))
                    .toList();
            assertThat(users).as(context("users of the explanation of " + where)).isEqualTo(expected.users());
        }

        /** The description of a failed check: what was compared, and the history that led there (built lazily). */
        private Supplier<String> context(String what) {
            return () -> what + "\n  history so far:\n    " + String.join("\n    ", trace) + "\n  ends: "
                    + reference.ends() + "\n  activities: " + reference.activities();
        }

        private static <T> T pick(Random r, List<T> items) {
            return items.get(r.nextInt(items.size()));
        }
    }
}
