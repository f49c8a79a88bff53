package com.managedmrr.web.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts read as English does: the singular for exactly one, the plural otherwise (zero included). */
class UiMessagesTest {

    @Test
    void oneClientInAll_isShownInTheSingular_withoutARange() {
        assertThat(UiMessages.showingClients(1, 1, 1)).isEqualTo("Showing 1 client");
    }

    @Test
    void severalClients_areShownAsARangeOfAPluralTotal() {
        assertThat(UiMessages.showingClients(1, 2, 2)).isEqualTo("Showing 1–2 of 2 clients");
        assertThat(UiMessages.showingClients(1, 50, 72)).isEqualTo("Showing 1–50 of 72 clients");
    }

    @Test
    void aLastPageOfOneRow_namesThatRowAlone() {
        assertThat(UiMessages.showingClients(51, 51, 51)).isEqualTo("Showing 51 of 51 clients");
    }

    @Test
    void theExpiringFilter_countsItsDays() {
        assertThat(UiMessages.onlyCreditExpiringWithin(1)).isEqualTo("Only credit expiring within 1 day");
        assertThat(UiMessages.onlyCreditExpiringWithin(14)).isEqualTo("Only credit expiring within 14 days");
        assertThat(UiMessages.noCreditExpiringWithin(1)).isEqualTo("No credit expires within 1 day.");
        assertThat(UiMessages.noCreditExpiringWithin(14)).isEqualTo("No credit expires within 14 days.");
    }

    @Test
    void theLimitsAndTheThrottle_countTheirUnits() {
        assertThat(UiMessages.pickAtMost(1)).isEqualTo("Pick at most 1 employee at a time.");
        assertThat(UiMessages.pickAtMost(100)).isEqualTo("Pick at most 100 employees at a time.");
        assertThat(UiMessages.throttled(1)).isEqualTo("Too many failed sign-ins. Wait 1 second and try again.");
        assertThat(UiMessages.throttled(0)).isEqualTo("Too many failed sign-ins. Wait 0 seconds and try again.");
    }

    @Test
    void aClientsShare_countsThePartnersWithThePartnerIncluded_andNoneIsADash() {
        assertThat(UiMessages.sharedWith(1)).isEqualTo("1 partner (you included)");
        assertThat(UiMessages.sharedWith(3)).isEqualTo("3 partners (you included)");
        assertThat(UiMessages.sharedWith(0)).isEqualTo("—");
    }
}
