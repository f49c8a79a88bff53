package com.managedmrr.web.api;

import com.managedmrr.domain.model.ClientAccount;
import com.managedmrr.domain.model.CurrencyCode;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.Money;
import com.managedmrr.domain.model.Names;
import com.managedmrr.domain.model.SeatStatus;
import io.vertx.core.json.JsonObject;

import java.math.BigDecimal;

/** Client accounts and client users (seats) on the wire. */
final class ClientJson {

    private ClientJson() {
    }

    /** {@code {"name": "Globex", "currency": "USD", "mrr": "1000.00", "growthMarket": false}} */
    static ClientAccount client(HubId hubId, JsonObject body) {
        return client(hubId, body, new FieldChecks());
    }

    /** The same, with every invalid field (and those {@code checks} holds already) named in one 400. */
    static ClientAccount client(HubId hubId, JsonObject body, FieldChecks checks) {
        JsonFields fields = JsonFields.of(body);
        String name = checks.check(() -> Names.require("name", fields.requiredString("name")));
        CurrencyCode currency = checks.check(
                () -> JsonFields.as("currency", CurrencyCode::of, fields.requiredString("currency")));
        BigDecimal mrr = checks.check(() -> fields.requiredDecimal("mrr"));
        Boolean growthMarket = checks.check(() -> fields.optionalBoolean("growthMarket", false));
        if (currency != null && mrr != null) {
            // the amount's own rules (not negative, not too large, no more decimals than the currency has)
            checks.checkRule(() -> Money.require("mrr", mrr, currency));
        }
        checks.throwIfAny();
        return new ClientAccount(hubId, name, currency, mrr, growthMarket);
    }

    /** {@code {"status": "ACTIVE"}} */
    static SeatStatus seatStatus(JsonObject body) {
        return JsonEnums.parse(SeatStatus.class, "status", JsonFields.of(body).requiredString("status"));
    }

    static JsonObject toJson(ClientAccount client) {
        return new JsonObject()
                .put("hubId", client.hubId().value())
                .put("name", client.name())
                .put("currency", client.currency().code())
                .put("mrr", JsonFormats.money(client.mrr(), client.currency()))
                .put("growthMarket", client.growthMarket());
    }

    /** {@code {"hubId": 501, "email": "ann@acme.example", "status": "ACTIVE"}} */
    static JsonObject seat(HubId hubId, Email email, SeatStatus status) {
        return new JsonObject()
                .put("hubId", hubId.value())
                .put("email", email.value())
                .put("status", status.name());
    }
}
