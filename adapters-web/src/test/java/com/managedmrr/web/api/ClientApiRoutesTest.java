package com.managedmrr.web.api;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.managedmrr.web.api.Problem.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class ClientApiRoutesTest {

    private TestApi api;
    private Given given;

    @BeforeEach
    void start() {
        api = TestApi.start();
        given = new Given(api);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static JsonObject globex() {
        return new JsonObject().put("name", "Globex").put("currency", "USD").put("mrr", "1000.00").put("growthMarket", false);
    }

    @Test
    void newClient_put_creates201ThenUpdates200() {
        TestApi.Reply created = api.put("/clients/501", globex());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).isEqualTo(new JsonObject()
                .put("hubId", 501).put("name", "Globex").put("currency", "USD").put("mrr", "1000.00")
                .put("growthMarket", false));

        TestApi.Reply updated = api.put("/clients/501", globex().put("mrr", "1200").put("growthMarket", true));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().getString("mrr")).isEqualTo("1200.00");
        assertThat(updated.json().getBoolean("growthMarket")).isTrue();
    }

    @Test
    void mrrAsJsonNumber_put_keepsItExactly() {
        TestApi.Reply reply = api.send(HttpMethod.PUT, "/clients/501",
                "{\"name\":\"Globex\",\"currency\":\"USD\",\"mrr\":1000.10,\"growthMarket\":false}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().getString("mrr")).isEqualTo("1000.10");
    }

    @Test
    void largeMrrNumber_put_neverPassesThroughDouble() {
        // 0.1 + 12 significant digits: a double would answer 123456789012.30000305...
        TestApi.Reply reply = api.send(HttpMethod.PUT, "/clients/501",
                "{\"name\":\"Globex\",\"currency\":\"USD\",\"mrr\":99999999999.99,\"growthMarket\":false}");

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        assertThat(reply.json().getString("mrr")).isEqualTo("99999999999.99");
    }

    @Test
    void jpyClient_get_answersMoneyWithoutDecimals() {
        given.client(777, "JPY", "10001");

        TestApi.Reply reply = api.get("/clients/777");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEqualTo(new JsonObject()
                .put("hubId", 777).put("name", "Client 777").put("currency", "JPY").put("mrr", "10001")
                .put("growthMarket", false));
    }

    @Test
    void unknownClient_get_answers404() {
        assertProblem(api.get("/clients/999"), 404);
    }

    @Test
    void malformedHubId_answers400NamingIt() {
        assertProblem(api.get("/clients/abc"), 400, "hubId");
        assertProblem(api.get("/clients/0"), 400, "hubId");
        assertProblem(api.get("/clients/-5"), 400, "hubId");
        assertProblem(api.get("/clients/99999999999999999999"), 400, "hubId");
        assertProblem(api.put("/clients/1.5", globex()), 400, "hubId");
    }

    @Test
    void wrongTypes_put_answers400NamingTheField() {
        assertProblem(api.put("/clients/501", globex().put("mrr", true)), 400, "mrr");
        assertProblem(api.put("/clients/501", globex().put("mrr", "ten dollars")), 400, "mrr");
        assertProblem(api.put("/clients/501", globex().put("mrr", "1e3")), 400, "mrr");
        assertProblem(api.put("/clients/501", globex().putNull("mrr")), 400, "mrr");
        assertProblem(api.put("/clients/501", globex().put("growthMarket", "no")), 400, "growthMarket");
        assertProblem(api.put("/clients/501", globex().put("currency", 840)), 400, "currency");
        assertProblem(api.put("/clients/501", globex().put("currency", "XYZ")), 400, "currency");
        assertProblem(api.put("/clients/501", globex().put("mrr", "-1.00")), 400, "mrr");
    }

    @Test
    void hugeExponent_put_answers400RatherThanScalingIt() {
        assertProblem(api.send(HttpMethod.PUT, "/clients/501",
                "{\"name\":\"Globex\",\"currency\":\"USD\",\"mrr\":1e999999999}"), 400, "mrr");
    }

    @Test
    void moreDecimalsThanTheCurrencyHas_put_answers422() {
        assertProblem(api.put("/clients/501", globex().put("mrr", "10.001")), 422, "mrr");
        assertProblem(api.put("/clients/777", globex().put("currency", "JPY").put("mrr", "10.5")), 422, "mrr");
    }

    @Test
    void currencyWithoutPointRate_put_answers422() {
        TestApi.Reply reply = api.put("/clients/501", globex().put("currency", "CHF"));

        assertProblem(reply, 422);
        assertThat(reply.json().getString("code")).isEqualTo("CURRENCY_WITHOUT_POINT_UNIT");
    }

    @Test
    void existingClient_currencyChange_answers200_andTakesEffectNowWithTheMrrGivenAlongside() {
        given.client(501, "USD", "1000.00");

        TestApi.Reply reply = api.put("/clients/501", globex().put("currency", "EUR").put("mrr", "880.00"));

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().getString("currency")).isEqualTo("EUR");
        assertThat(api.get("/clients/501").json().getString("currency")).isEqualTo("EUR");
        assertThat(api.get("/clients/501").json().getString("mrr")).isEqualTo("880.00");
    }

    @Test
    void client_putSeat_creates201ThenUpdates200() {
        given.client(501, "USD", "1000.00");

        TestApi.Reply created = api.put("/clients/501/users/Ann%40Acme.Example", new JsonObject().put("status", "ACTIVE"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).isEqualTo(new JsonObject()
                .put("hubId", 501).put("email", "ann@acme.example").put("status", "ACTIVE"));

        TestApi.Reply updated = api.put("/clients/501/users/ann@acme.example", new JsonObject().put("status", "DEACTIVATED"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().getString("status")).isEqualTo("DEACTIVATED");
    }

    @Test
    void badSeat_putSeat_answers400or404() {
        given.client(501, "USD", "1000.00");

        assertProblem(api.put("/clients/501/users/ann@acme.example", new JsonObject().put("status", "active")), 400, "status");
        assertProblem(api.put("/clients/501/users/ann@acme.example", new JsonObject()), 400, "status");
        assertProblem(api.put("/clients/501/users/nobody", new JsonObject().put("status", "ACTIVE")), 400, "email");
        assertProblem(api.put("/clients/999/users/ann@acme.example", new JsonObject().put("status", "ACTIVE")), 404);
    }

    @Test
    void seat_delete_answers204_thenUnknownSeat404() {
        given.client(501, "USD", "1000.00").seat(501, "ann@acme.example");

        assertThat(api.delete("/clients/501/users/ANN@acme.example").status()).isEqualTo(204);
        assertProblem(api.delete("/clients/501/users/ann@acme.example"), 404);
        assertProblem(api.delete("/clients/999/users/ann@acme.example"), 404);
    }
}
