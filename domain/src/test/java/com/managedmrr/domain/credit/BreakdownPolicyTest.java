package com.managedmrr.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docs/rules.md §6–§7: servicing partners, the split, points, rows and totals of a partner's breakdown. */
class BreakdownPolicyTest {

    private static final PartnerId A = PartnerId.of("a");
    private static final PartnerId B = PartnerId.of("b");
    private static final Instant T = Instant.parse("2026-02-01T10:00:00Z");
    private static final BigDecimal USD_UNIT = new BigDecimal("100");

    private static ClientAccount client(long hub, String name, String currency, String mrr, boolean growth) {
        return new ClientAccount(HubId.of(hub), name, CurrencyCode.of(currency), new BigDecimal(mrr), growth);
    }

    private static RelationshipFacts activeSince(PartnerId partner, Instant at) {
        return new RelationshipFacts(partner, Optional.of(new AttributedActivity(ActivityId.of(partner + "-" + at),
                Email.of("u@" + partner + ".example"), at)), Optional.empty());
    }

    @Test
    void workedExample_twoServicingPartners_eachGetsHalfTheMrr() {
        var facts = new ClientFacts(client(501, "Globex", "USD", "1000.00", false), Optional.of(USD_UNIT),
                List.of(activeSince(A, T), activeSince(B, T)));

        BreakdownRow row = BreakdownPolicy.row(A, T.plus(Duration.ofDays(1)), facts);

        assertThat(row.servicing()).isTrue();
        assertThat(row.credit()).isEqualTo(new BigDecimal("500.00"));
        assertThat(row.points()).isEqualTo(new BigDecimal("5.00"));
        assertThat(row.sharedWith()).isEqualTo(2);
        assertThat(row.expiresAt()).contains(T.plus(Duration.ofDays(60)));
    }

    @Test
    void workedExample_sixtyOneDaysAfterBsLastActivity_aAloneGetsTheWholeMrr() {
        Instant bLast = T;
        var facts = new ClientFacts(client(501, "Globex", "USD", "1000.00", false), Optional.of(USD_UNIT),
                List.of(activeSince(A, T.plus(Duration.ofDays(30))), activeSince(B, bLast)));
        Instant t = bLast.plus(Duration.ofDays(61));

        BreakdownRow a = BreakdownPolicy.row(A, t, facts);
        BreakdownRow b = BreakdownPolicy.row(B, t, facts);

        assertThat(a.credit()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(a.points()).isEqualTo(new BigDecimal("10.00"));
        assertThat(a.sharedWith()).isEqualTo(1);
        assertThat(b.servicing()).isFalse();
    }

    @Test
    void endedPartner_isNotAmongTheServicing() {
        var ended = new RelationshipFacts(B, activeSince(B, T).lastAttributed(),
                Optional.of(new RelationshipEnd(B, HubId.of(501), T.plus(Duration.ofHours(1)),
                        EndReason.USERS_REMOVED_FROM_CLIENT)));
        var facts = new ClientFacts(client(501, "Globex", "USD", "1000.00", false), Optional.of(USD_UNIT),
                List.of(activeSince(A, T), ended));

        BreakdownRow row = BreakdownPolicy.row(A, T.plus(Duration.ofDays(1)), facts);

        assertThat(row.credit()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(row.sharedWith()).isEqualTo(1);
    }

    @Test
    void rowNotServicing_showsZerosNoExpiryAndStillItsLastAttributedActivity() {
        var facts = new ClientFacts(client(501, "Globex", "JPY", "10000", false), Optional.of(new BigDecimal("14400")),
                List.of(activeSince(A, T)));

        BreakdownRow row = BreakdownPolicy.row(A, T.plus(Duration.ofDays(60)), facts);

        assertThat(row.servicing()).isFalse();
        assertThat(row.credit()).isEqualTo(new BigDecimal("0"));
        assertThat(row.points()).isEqualTo(new BigDecimal("0.00"));
        assertThat(row.sharedWith()).isZero();
        assertThat(row.expiresAt()).isEmpty();
        assertThat(row.lastActivityAt()).contains(T);
    }

    @Test
    void growthMarketClient_doublesThePoints() {
        var facts = new ClientFacts(client(900, "Umbrella", "ZAR", "1768.00", true), Optional.of(new BigDecimal("1768")),
                List.of(activeSince(A, T)));

        assertThat(BreakdownPolicy.row(A, T, facts).points()).isEqualTo(new BigDecimal("2.00"));
    }

    @Test
    void totals_areTheSumOfTheRoundedRows_andCoverEveryRowWhateverTheSearch() {
        List<ClientFacts> clients = List.of(
                new ClientFacts(client(601, "Initech", "USD", "12.50", false), Optional.of(USD_UNIT),
                        List.of(activeSince(A, T))),
                new ClientFacts(client(602, "Hooli", "USD", "12.50", false), Optional.of(USD_UNIT),
                        List.of(activeSince(A, T))),
                new ClientFacts(client(603, "Globex", "USD", "12.50", false), Optional.of(USD_UNIT),
                        List.of(activeSince(A, T))),
                new ClientFacts(client(604, "Acme", "USD", "99.00", false), Optional.of(USD_UNIT), List.of()));

        Breakdown breakdown = BreakdownPolicy.compute(A, T, clients);

        assertThat(breakdown.managedPoints()).as("3 × 0.12, not round(0.375)").isEqualTo(new BigDecimal("0.36"));
        assertThat(breakdown.servicedClients()).isEqualTo(3);
        assertThat(breakdown.clients()).extracting(r -> r.client().name())
                .containsExactly("Acme", "Globex", "Hooli", "Initech");
        Breakdown searched = breakdown.matching("602");
        assertThat(searched.clients()).extracting(r -> r.client().name()).containsExactly("Hooli");
        assertThat(searched.managedPoints()).isEqualTo(breakdown.managedPoints());
        assertThat(searched.servicedClients()).isEqualTo(3);
        assertThat(breakdown.matching("gLoB").clients()).hasSize(1);
        assertThat(breakdown.matching(" ").clients()).hasSize(4);
    }
}
