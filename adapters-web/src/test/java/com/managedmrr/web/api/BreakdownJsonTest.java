package com.managedmrr.web.api;

import com.managedmrr.domain.credit.AttributedActivity;
import com.managedmrr.domain.credit.Breakdown;
import com.managedmrr.domain.credit.BreakdownRow;
import com.managedmrr.domain.credit.ReasonCode;
import com.managedmrr.domain.credit.RelationshipStatus;
import com.managedmrr.domain.model.ActivityId;
import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerId;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The breakdown's exact bytes on the wire: the streaming encoder must not drift from the contract. */
class BreakdownJsonTest {

    @Test
    void breakdown_isWrittenExactly() {
        Instant occurred = Instant.parse("2026-11-20T09:30:00.123Z");
        AttributedActivity activity = new AttributedActivity(
                ActivityId.of("act-1"), Email.of("ana@partner.example"), occurred);
        ClientAccount acme = new ClientAccount(HubId.of(101), "Acme \"Ünited\" \\ Co", CurrencyCode.of("USD"),
                new BigDecimal("500.00"), false);
        ClientAccount kyoto = new ClientAccount(HubId.of(202), "京都 KK", CurrencyCode.of("JPY"),
                new BigDecimal("3334"), true);
        BreakdownRow servicing = new BreakdownRow(acme, true, new BigDecimal("250.00"), new BigDecimal("2.5"), 2,
                Optional.of(occurred), Optional.of(Instant.parse("2027-01-19T09:30:00.123456Z")),
                new RelationshipStatus(true, Optional.of(activity), Optional.empty(), Optional.empty()));
        BreakdownRow notServicing = new BreakdownRow(kyoto, false, BigDecimal.ZERO, BigDecimal.ZERO, 0,
                Optional.empty(), Optional.empty(),
                new RelationshipStatus(false, Optional.empty(), Optional.of(ReasonCode.NO_QUALIFYING_ACTIVITY),
                        Optional.empty()));
        Breakdown breakdown = new Breakdown(PartnerId.of("p1"), Instant.parse("2026-11-27T10:00:00Z"),
                new BigDecimal("2.50"), 1, List.of(servicing, notServicing));

        String json = BreakdownJson.breakdown(breakdown).toString(StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"partnerId\":\"p1\",\"at\":\"2026-11-27T10:00:00Z\","
                + "\"totals\":{\"managedPoints\":\"2.50\",\"servicedClients\":1},"
                + "\"clients\":["
                + "{\"hubId\":101,\"name\":\"Acme \\\"Ünited\\\" \\\\ Co\",\"currency\":\"USD\",\"mrr\":\"500.00\","
                + "\"managed\":{\"servicing\":true,\"credit\":\"250.00\",\"points\":\"2.50\",\"sharedWith\":2,"
                + "\"lastActivityAt\":\"2026-11-20T09:30:00.123Z\",\"expiresAt\":\"2027-01-19T09:30:00.123456Z\"}},"
                + "{\"hubId\":202,\"name\":\"京都 KK\",\"currency\":\"JPY\",\"mrr\":\"3334\","
                + "\"managed\":{\"servicing\":false,\"credit\":\"0\",\"points\":\"0.00\",\"sharedWith\":0,"
                + "\"lastActivityAt\":null,\"expiresAt\":null}}"
                + "]}");
        assertThat(new JsonObject(json).getJsonArray("clients")).hasSize(2);
    }

    @Test
    void emptyBreakdown_hasAnEmptyClientList() {
        Breakdown breakdown = new Breakdown(PartnerId.of("p2"), Instant.parse("2026-11-27T10:00:00.5Z"),
                BigDecimal.ZERO, 0, List.of());

        assertThat(BreakdownJson.breakdown(breakdown).toString(StandardCharsets.UTF_8)).isEqualTo(
                "{\"partnerId\":\"p2\",\"at\":\"2026-11-27T10:00:00.500Z\","
                        + "\"totals\":{\"managedPoints\":\"0.00\",\"servicedClients\":0},\"clients\":[]}");
    }
}
