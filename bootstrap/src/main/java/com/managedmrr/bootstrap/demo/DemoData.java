package com.managedmrr.bootstrap.demo;

import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.application.access.AddEmployeesCommand;
import com.managedmrr.application.access.AddEmployeesUseCase;
import com.managedmrr.application.access.LinkClientCommand;
import com.managedmrr.application.access.LinkClientUseCase;
import com.managedmrr.application.access.RemoveStaffCommand;
import com.managedmrr.application.access.RemoveStaffUseCase;
import com.managedmrr.application.activity.RecordActivitiesCommand;
import com.managedmrr.application.activity.RecordActivitiesUseCase;
import com.managedmrr.application.admin.RegisterAdminCommand;
import com.managedmrr.application.admin.RegisterAdminUseCase;
import com.managedmrr.application.client.SetClientUserCommand;
import com.managedmrr.application.client.SetClientUserUseCase;
import com.managedmrr.application.client.UpsertClientCommand;
import com.managedmrr.application.client.UpsertClientUseCase;
import com.managedmrr.application.partner.UpsertPartnerCommand;
import com.managedmrr.application.partner.UpsertPartnerUseCase;
import com.managedmrr.application.partner.UpsertPartnerUserCommand;
import com.managedmrr.application.partner.UpsertPartnerUserUseCase;
import com.managedmrr.application.partner.ViewPartnerUseCase;
import com.managedmrr.domain.model.Activity;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import com.managedmrr.domain.model.PartnerUser;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.model.SeatStatus;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The first-run demo: a partner agency ("Northwind Digital") with employees and contractors, fifteen client accounts
 * in seven currencies (JPY among them, two in growth markets), a second partner sharing two of the clients, seats,
 * assignments and qualifying activities spread over the last 90 days, so that the Points breakdown is populated,
 * some credit expires within 14 days, some has expired, one relationship was ended by a removal, and the Client Access
 * Manager has something to add, link, reactivate and remove. It goes through the use cases only, with the
 * {@link DemoClock} set back to each event of the story.
 *
 * <p>Seeding twice does not repeat the story: when the demo partner already exists, only the admin login gets a new
 * password.
 */
public final class DemoData {

    public static final PartnerId PARTNER = PartnerId.of("northwind-demo");
    public static final PartnerId OTHER_PARTNER = PartnerId.of("harbour-demo");
    public static final Email ADMIN = Email.of("admin@northwind.example");
    static final int DAYS = 90;

    /** The use cases the demo is told through. */
    public record UseCases(UpsertPartnerUseCase upsertPartner, ViewPartnerUseCase viewPartner,
                           UpsertPartnerUserUseCase upsertPartnerUser, RegisterAdminUseCase registerAdmin,
                           UpsertClientUseCase upsertClient, SetClientUserUseCase setClientUser,
                           AddEmployeesUseCase addEmployees, LinkClientUseCase linkClient,
                           RemoveStaffUseCase removeStaff, RecordActivitiesUseCase recordActivities) {

        public UseCases {
            Objects.requireNonNull(upsertPartner, "upsertPartner");
            Objects.requireNonNull(viewPartner, "viewPartner");
            Objects.requireNonNull(upsertPartnerUser, "upsertPartnerUser");
            Objects.requireNonNull(registerAdmin, "registerAdmin");
            Objects.requireNonNull(upsertClient, "upsertClient");
            Objects.requireNonNull(setClientUser, "setClientUser");
            Objects.requireNonNull(addEmployees, "addEmployees");
            Objects.requireNonNull(linkClient, "linkClient");
            Objects.requireNonNull(removeStaff, "removeStaff");
            Objects.requireNonNull(recordActivities, "recordActivities");
        }

        /** The demo's use cases out of every one the application wires. */
        public static UseCases from(ManagedMrrServices services) {
            return new UseCases(services.upsertPartner(), services.viewPartner(), services.upsertPartnerUser(),
                    services.registerAdmin(), services.upsertClient(), services.setClientUser(),
                    services.addEmployees(), services.linkClient(), services.removeStaff(),
                    services.recordActivities());
        }
    }

    /** The admin login to print: sign in at {@code /ui} with it. */
    public record Login(String email, String password) {

        @Override
        public String toString() {
            return "Login[email=" + email + "]";
        }
    }

    private final UseCases useCases;
    private final DemoClock clock;
    private final SecureRandom random = new SecureRandom();

    public DemoData(UseCases useCases, DemoClock clock) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Seeds the demo (unless it is there already) and gives the admin login a new random password. Call it before the
     * server takes requests: while it runs, the clock is in the past.
     */
    public CompletionStage<Login> seed() {
        String password = password();
        return useCases.viewPartner().viewPartner(PARTNER)
                .handle((partner, failure) -> failure == null)
                .thenCompose(exists -> exists ? CompletableFuture.completedFuture(null) : tell(story()))
                .whenComplete((done, failure) -> clock.backToPresent())
                .thenCompose(done -> useCases.registerAdmin()
                        .registerAdmin(new RegisterAdminCommand(PARTNER, ADMIN, password)))
                .thenApply(registered -> new Login(ADMIN.value(), password));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the story

    private record Event(Instant at, int order, Supplier<CompletionStage<?>> action) {
    }

    private final class Story {
        private final Instant start;
        private final List<Event> events = new ArrayList<>();

        Story(Instant present) {
            start = present.minus(Duration.ofDays(DAYS)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(7));
        }

        Instant day(int daysAgo, int hour) {
            return start.plus(Duration.ofDays(DAYS - daysAgo)).plus(Duration.ofHours(hour - 7L));
        }

        void at(Instant at, Supplier<CompletionStage<?>> action) {
            events.add(new Event(at, events.size(), action));
        }
    }

    private static final String[][] TOOLS = {
            {"BLOG", "PUBLISH", "post"}, {"EMAIL", "CREATE", "email"}, {"LANDING_PAGES", "EDIT", "landing"},
            {"WORKFLOWS", "CREATE", "workflow"}, {"CRM", "EDIT", "deal"}, {"SOCIAL", "PUBLISH", "social"}};

    private List<Event> story() {
        Story story = new Story(clock.present());
        Instant t0 = story.day(DAYS, 8);

        story.at(t0, () -> partner(PARTNER, "Northwind Digital", "northwind.example"));
        story.at(t0, () -> partner(OTHER_PARTNER, "Harbour Partners", "harbour.example"));
        for (String[] user : new String[][] {
                {"ann@northwind.example", "Ann Lee"}, {"bo@northwind.example", "Bo Chen"},
                {"carla@northwind.example", "Carla Diaz"}, {"dev@northwind.example", "Dev Patel"},
                {"eli@northwind.example", "Eli Novak"}, {"farah@northwind.example", "Farah Haddad"},
                {"gwen@northwind.example", "Gwen Okafor"}}) {
            story.at(t0, () -> user(PARTNER, user[0], user[1], PartnerUserKind.EMPLOYEE));
        }
        story.at(t0, () -> user(PARTNER, "fay@studio-fay.example", "Fay Ortiz", PartnerUserKind.CONTRACTOR));
        story.at(t0, () -> user(PARTNER, "gus@freelance.example", "Gus Lind", PartnerUserKind.CONTRACTOR));
        story.at(t0, () -> user(OTHER_PARTNER, "sam@harbour.example", "Sam Reed", PartnerUserKind.EMPLOYEE));

        client(story, t0, 7100001, "Globex Corporation", "USD", "1000.00", false);
        client(story, t0, 7100002, "Umbrella Health", "EUR", "2400.00", false);
        client(story, t0, 7100003, "Kagami Robotics", "JPY", "450000", false);
        client(story, t0, 7100004, "Hooli Analytics", "USD", "3200.00", false);
        client(story, t0, 7100005, "Soylent Foods", "GBP", "800.00", false);
        client(story, t0, 7100006, "Wayne Logistics", "CAD", "1500.00", false);
        client(story, t0, 7100007, "Stark Outdoor", "AUD", "990.00", false);
        client(story, t0, 7100008, "Lion City Travel", "SGD", "1290.00", false);
        client(story, t0, 7100009, "Cape Vineyards", "ZAR", "35000.00", true);
        client(story, t0, 7100010, "Andes Coffee", "COP", "4000000.00", true);
        client(story, t0, 7100011, "Initech", "USD", "500.00", false);
        client(story, t0, 7100012, "Tyrell Bio", "EUR", "1200.00", false);
        client(story, t0, 7100013, "Oscorp Media", "GBP", "2100.00", false);
        client(story, t0, 7100014, "Sakura Foods", "JPY", "180000", false);
        client(story, t0, 7100015, "Massive Dynamic", "USD", "1800.00", false);

        Instant assignments = t0.plus(Duration.ofHours(1));
        employees(story, assignments, PARTNER, 7100001, "ann@northwind.example");
        employees(story, assignments, OTHER_PARTNER, 7100001, "sam@harbour.example");
        employees(story, assignments, PARTNER, 7100002, "dev@northwind.example");
        employees(story, assignments, PARTNER, 7100003, "bo@northwind.example");
        employees(story, assignments, PARTNER, 7100004, "ann@northwind.example", "eli@northwind.example");
        employees(story, assignments, OTHER_PARTNER, 7100004, "sam@harbour.example");
        employees(story, assignments, PARTNER, 7100005, "eli@northwind.example");
        employees(story, assignments, PARTNER, 7100006, "bo@northwind.example");
        employees(story, assignments, PARTNER, 7100007, "dev@northwind.example");
        employees(story, assignments, PARTNER, 7100009, "carla@northwind.example");
        employees(story, assignments, PARTNER, 7100011, "carla@northwind.example");
        employees(story, assignments, PARTNER, 7100012, "eli@northwind.example");
        employees(story, assignments, PARTNER, 7100013, "dev@northwind.example", "ann@northwind.example");
        employees(story, assignments, PARTNER, 7100014, "bo@northwind.example");
        employees(story, story.day(62, 9), PARTNER, 7100015, "dev@northwind.example");

        // contractors: the client account adds them as users, then the admin links them
        seat(story, story.day(84, 9), 7100008, "gus@freelance.example", SeatStatus.ACTIVE);
        link(story, story.day(83, 10), "gus@freelance.example", 7100008);
        seat(story, story.day(75, 9), 7100010, "fay@studio-fay.example", SeatStatus.ACTIVE);
        link(story, story.day(74, 10), "fay@studio-fay.example", 7100010);
        seat(story, story.day(60, 9), 7100015, "fay@studio-fay.example", SeatStatus.ACTIVE);

        activities(story, 7100001, "ann@northwind.example", 88, 2, 6);
        activities(story, 7100001, "sam@harbour.example", 80, 5, 10);
        activities(story, 7100002, "dev@northwind.example", 85, 20, 9);
        activities(story, 7100003, "bo@northwind.example", 89, 50, 7);
        activities(story, 7100004, "eli@northwind.example", 60, 1, 5);
        activities(story, 7100004, "ann@northwind.example", 30, 30, 1);
        activities(story, 7100004, "sam@harbour.example", 40, 40, 1);
        activities(story, 7100005, "eli@northwind.example", 88, 75, 4);
        activities(story, 7100006, "bo@northwind.example", 70, 30, 8);
        views(story, 7100007, "dev@northwind.example", 80, 10, 14);
        activities(story, 7100008, "gus@freelance.example", 78, 47, 6);
        activities(story, 7100009, "carla@northwind.example", 60, 3, 7);
        activities(story, 7100010, "fay@studio-fay.example", 70, 12, 8);
        activities(story, 7100011, "carla@northwind.example", 80, 40, 8);
        drafts(story, 7100012, "eli@northwind.example", 70, 15, 11);
        activities(story, 7100013, "dev@northwind.example", 45, 4, 6);
        activities(story, 7100014, "bo@northwind.example", 55, 48, 3);
        activities(story, 7100015, "dev@northwind.example", 20, 6, 7);

        // Bo is deactivated in Wayne's account (nothing ends at once); Carla is removed from Initech (it ends now)
        seat(story, story.day(10, 15), 7100006, "bo@northwind.example", SeatStatus.DEACTIVATED);
        story.at(story.day(25, 16), () -> useCases.removeStaff().removeStaff(new RemoveStaffCommand(PARTNER,
                HubId.of(7100011), Email.of("carla@northwind.example"))));

        List<Event> events = new ArrayList<>(story.events);
        events.sort(Comparator.comparing(Event::at).thenComparingInt(Event::order));
        return events;
    }

    private CompletionStage<?> partner(PartnerId id, String name, String domain) {
        return useCases.upsertPartner().upsertPartner(new UpsertPartnerCommand(new Partner(id, name, List.of(domain))));
    }

    private CompletionStage<?> user(PartnerId partner, String email, String name, PartnerUserKind kind) {
        return useCases.upsertPartnerUser().upsertPartnerUser(new UpsertPartnerUserCommand(
                new PartnerUser(partner, Email.of(email), name, kind)));
    }

    private void client(Story story, Instant at, long hubId, String name, String currency, String mrr,
                        boolean growthMarket) {
        story.at(at, () -> useCases.upsertClient().upsertClient(new UpsertClientCommand(new ClientAccount(
                HubId.of(hubId), name, CurrencyCode.of(currency), new BigDecimal(mrr), growthMarket))));
    }

    private void employees(Story story, Instant at, PartnerId partner, long hubId, String... emails) {
        story.at(at, () -> useCases.addEmployees().addEmployees(new AddEmployeesCommand(partner, HubId.of(hubId),
                Arrays.stream(emails).map(Email::of).toList())));
    }

    private void seat(Story story, Instant at, long hubId, String email, SeatStatus status) {
        story.at(at, () -> useCases.setClientUser().setClientUser(
                new SetClientUserCommand(HubId.of(hubId), Email.of(email), status)));
    }

    private void link(Story story, Instant at, String email, long hubId) {
        story.at(at, () -> useCases.linkClient().linkClient(
                new LinkClientCommand(PARTNER, Email.of(email), HubId.of(hubId))));
    }

    /** Qualifying activities from {@code fromDaysAgo} to {@code toDaysAgo}, one every {@code everyDays} days. */
    private void activities(Story story, long hubId, String email, int fromDaysAgo, int toDaysAgo, int everyDays) {
        int n = 0;
        for (int daysAgo = fromDaysAgo; daysAgo >= toDaysAgo; daysAgo -= everyDays) {
            String[] tool = TOOLS[(int) ((hubId + n) % TOOLS.length)];
            activity(story, hubId, email, daysAgo, 10 + n % 6, tool[0], tool[1], tool[2] + "-" + (101 + n));
            n++;
        }
    }

    /** Logging in and viewing: stored, never qualifying. */
    private void views(Story story, long hubId, String email, int fromDaysAgo, int toDaysAgo, int everyDays) {
        int n = 0;
        for (int daysAgo = fromDaysAgo; daysAgo >= toDaysAgo; daysAgo -= everyDays) {
            activity(story, hubId, email, daysAgo, 11, n % 2 == 0 ? "CRM" : "REPORTS", n % 2 == 0 ? "LOGIN" : "VIEW", null);
            n++;
        }
    }

    /** Drafts and edits of blog posts: stored, never qualifying. */
    private void drafts(Story story, long hubId, String email, int fromDaysAgo, int toDaysAgo, int everyDays) {
        int n = 0;
        for (int daysAgo = fromDaysAgo; daysAgo >= toDaysAgo; daysAgo -= everyDays) {
            activity(story, hubId, email, daysAgo, 14, "BLOG", n % 2 == 0 ? "DRAFT" : "EDIT", "post-draft-" + (n + 1));
            n++;
        }
    }

    private void activity(Story story, long hubId, String email, int daysAgo, int hour, String tool, String action,
                          String assetId) {
        Instant at = story.day(daysAgo, hour);
        String id = "demo-" + hubId + "-" + email.substring(0, email.indexOf('@')) + "-" + daysAgo;
        Activity activity = new Activity(ActivityId.of(id), HubId.of(hubId), Email.of(email), tool, action, at, assetId);
        story.at(at, () -> useCases.recordActivities().recordActivities(
                        new RecordActivitiesCommand(List.of(new RecordActivitiesCommand.Item(0, activity))))
                .thenApply(result -> {
                    if (!result.rejected().isEmpty()) {
                        throw new IllegalStateException("the demo activity " + id + " was rejected: "
                                + result.rejected().get(0).errors());
                    }
                    return result;
                }));
    }

    /** Runs the events one after the other, each with the clock at its instant. */
    private CompletionStage<Void> tell(List<Event> events) {
        CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
        for (Event event : events) {
            chain = chain.thenCompose(ignored -> {
                clock.travelTo(event.at());
                try {
                    return event.action().get().thenApply(done -> (Void) null);
                } catch (DomainException refused) {
                    return CompletableFuture.failedFuture(refused);
                }
            });
        }
        return chain;
    }

    private String password() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
