package com.managedmrr.bootstrap.demo;

import com.managedmrr.web.testing.InMemoryAdminAccounts;
import com.managedmrr.application.ApplicationPorts;
import com.managedmrr.application.ManagedMrrServices;
import com.managedmrr.application.credit.BreakdownQuery;
import com.managedmrr.domain.credit.Breakdown;
import com.managedmrr.domain.credit.BreakdownRow;
import com.managedmrr.domain.credit.ReasonCode;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.testing.InMemoryStore;
import com.managedmrr.domain.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

    private final InMemoryStore store = new InMemoryStore();
    private final MutableClock present = new MutableClock(Instant.parse("2026-03-18T14:30:00Z"));
    private final DemoClock clock = new DemoClock(present);
    private final InMemoryAdminAccounts admins = new InMemoryAdminAccounts();
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
        assertThat(admins.account(Email.of(login.email())).orElseThrow().passwordHash())
                .isEqualTo(admins.hash(login.password()).toCompletableFuture().join());
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

}
