package com.managedmrr.web.ui.demo;

import com.managedmrr.application.ApplicationPorts;
import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.application.credit.BreakdownQuery;
import com.managedmrr.domain.credit.Breakdown;
import com.managedmrr.domain.credit.BreakdownRow;
import com.managedmrr.domain.credit.ReasonCode;
import com.managedmrr.domain.model.AdminAccount;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.port.AdminAccountPort;
import com.managedmrr.domain.port.PasswordHashingPort;
import com.managedmrr.domain.testing.InMemoryStore;
import com.managedmrr.domain.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock present = new MutableClock(Instant.parse("2026-03-18T14:30:00Z"));
    private final DemoClock clock = new DemoClock(present);
    private final Admins admins = new Admins();
    private ManagedMrrServices services;
    private DemoData demo;

    @BeforeEach
    void wire() {
        services = ManagedMrrServices.wire(new ApplicationPorts(store.commands(), store.ingestion(), store, store,
                store, store, store, store, admins, admins, clock));
        demo = new DemoData(DemoData.UseCases.from(services), clock);
    }

    private Breakdown breakdown() {
        return services.computeBreakdown()
                .computeBreakdown(new BreakdownQuery(DemoData.PARTNER, Optional.empty(), Optional.empty()))
                .toCompletableFuture().join();
    }

    @Test
    void seed_tellsTheStory_andLeavesTheClockInThePresent() {
        DemoData.Login login = demo.seed().toCompletableFuture().join();

        assertThat(clock.now()).isEqualTo(present.now());
        assertThat(login.email()).isEqualTo("admin@northwind.example");
        assertThat(login.password()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(admins.accounts.get(Email.of(login.email())).passwordHash()).isEqualTo("hash:" + login.password());
        assertThat(store.activities()).hasSizeGreaterThan(80);
    }

    @Test
    void theBreakdown_isPopulated_withCreditExpiringSoon_expiredCredit_andAnEndedRelationship() {
        demo.seed().toCompletableFuture().join();

        Breakdown breakdown = breakdown();
        Instant now = present.now();

        assertThat(breakdown.clients()).hasSize(15);
        assertThat(breakdown.servicedClients()).isGreaterThanOrEqualTo(10);
        assertThat(breakdown.managedPoints()).isPositive();
        assertThat(breakdown.clients().stream().map(r -> r.client().currency().code()).distinct())
                .contains("USD", "EUR", "GBP", "JPY", "ZAR", "COP");
        assertThat(breakdown.clients()).anyMatch(r -> r.client().growthMarket() && r.servicing());
        assertThat(breakdown.clients()).filteredOn(r -> r.servicing()
                        && r.expiresAt().orElseThrow().isBefore(now.plus(Duration.ofDays(14))))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(row(breakdown, 7100005).status().reason()).contains(ReasonCode.EXPIRED);
        assertThat(row(breakdown, 7100011).status().reason()).contains(ReasonCode.ENDED_USERS_REMOVED_FROM_CLIENT);
        assertThat(row(breakdown, 7100007).servicing()).isFalse();
        assertThat(row(breakdown, 7100001).sharedWith()).isEqualTo(2);
        assertThat(row(breakdown, 7100006).servicing()).isTrue();
    }

    @Test
    void seedingAgain_onlyGivesTheAdminANewPassword() {
        DemoData.Login first = demo.seed().toCompletableFuture().join();
        int activities = store.activities().size();
        present.advance(Duration.ofHours(1));

        DemoData.Login second = demo.seed().toCompletableFuture().join();

        assertThat(store.activities()).hasSize(activities);
        assertThat(second.password()).isNotEqualTo(first.password());
        assertThat(second.toString()).doesNotContain(second.password());
    }

    private static BreakdownRow row(Breakdown breakdown, long hubId) {
        return breakdown.clients().stream().filter(r -> r.client().hubId().value() == hubId).findFirst().orElseThrow();
    }

    /** Admin logins in memory, with a transparent stand-in for hashing. */
    private static final class Admins implements AdminAccountPort, PasswordHashingPort {
        final Map<Email, AdminAccount> accounts = new ConcurrentHashMap<>();

        @Override
        public CompletionStage<Optional<AdminAccount>> admin(Email email) {
            return CompletableFuture.completedFuture(Optional.ofNullable(accounts.get(email)));
        }

        @Override
        public CompletionStage<java.util.List<Email>> admins(com.managedmrr.domain.model.PartnerId partnerId, int limit,
                                                             Optional<Email> after) {
            return CompletableFuture.completedFuture(accounts.values().stream()
                    .filter(account -> account.partnerId().equals(partnerId))
                    .map(AdminAccount::email)
                    .filter(email -> after.isEmpty() || email.value().compareTo(after.get().value()) > 0)
                    .sorted(java.util.Comparator.comparing(Email::value))
                    .limit(limit)
                    .toList());
        }

        @Override
        public CompletionStage<Boolean> saveAdmin(AdminAccount account) {
            return CompletableFuture.completedFuture(accounts.put(account.email(), account) == null);
        }

        @Override
        public CompletionStage<Boolean> deleteAdmin(com.managedmrr.domain.model.PartnerId partnerId, Email email) {
            return CompletableFuture.completedFuture(accounts.remove(email) != null);
        }

        @Override
        public CompletionStage<String> hash(String password) {
            return CompletableFuture.completedFuture("hash:" + password);
        }

        @Override
        public CompletionStage<Boolean> verify(String hash, String password) {
            return CompletableFuture.completedFuture(hash.equals("hash:" + password));
        }
    }
}
