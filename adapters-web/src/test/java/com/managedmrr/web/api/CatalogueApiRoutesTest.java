package com.managedmrr.web.api;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.managedmrr.web.api.Problem.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogueApiRoutesTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = TestApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void seededCatalogue_list_answersEveryToolWithItsActions() {
        TestApi.Reply reply = api.get("/qualifying-actions");

        assertThat(reply.status()).isEqualTo(200);
        JsonArray catalogue = reply.jsonArray("qualifyingActions");
        assertThat(catalogue).contains(new JsonObject().put("tool", "BLOG").put("actions", new JsonArray().add("PUBLISH")));
        assertThat(catalogue).hasSize(14);
    }

    @Test
    void newTool_put_creates201ThenUpdates200() {
        TestApi.Reply created = api.put("/qualifying-actions/PODCASTS",
                new JsonObject().put("actions", new JsonArray().add("PUBLISH").add("create")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).isEqualTo(new JsonObject().put("tool", "PODCASTS")
                .put("actions", new JsonArray().add("CREATE").add("PUBLISH")));

        TestApi.Reply updated = api.put("/qualifying-actions/BLOG",
                new JsonObject().put("actions", new JsonArray().add("PUBLISH").add("EDIT")));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(api.get("/qualifying-actions").jsonArray("qualifyingActions"))
                .contains(new JsonObject().put("tool", "BLOG").put("actions", new JsonArray().add("EDIT").add("PUBLISH")));
    }

    @Test
    void neverQualifyingAction_put_answers422() {
        TestApi.Reply reply = api.put("/qualifying-actions/BLOG", new JsonObject().put("actions", new JsonArray().add("LOGIN")));

        assertThat(assertProblem(reply, 422).getString("code")).isEqualTo("NEVER_QUALIFYING_ACTION");
    }

    @Test
    void badActions_put_answers400NamingThem() {
        assertProblem(api.put("/qualifying-actions/BLOG", new JsonObject().put("actions", "PUBLISH")), 400, "actions");
        assertProblem(api.put("/qualifying-actions/BLOG", new JsonObject().put("actions", new JsonArray().add(1))),
                400, "actions[0]");
        assertProblem(api.put("/qualifying-actions/BLOG", new JsonObject().put("actions", new JsonArray().add("NO SPACES"))),
                400, "actions");
        assertProblem(api.put("/qualifying-actions/BAD%20TOOL", new JsonObject().put("actions", new JsonArray())),
                400, "tool");
    }

    @Test
    void seededRates_list_answersUnitsAsDecimalStrings() {
        TestApi.Reply reply = api.get("/point-rates");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.jsonArray("pointRates")).contains(
                new JsonObject().put("currency", "USD").put("unit", "100"),
                new JsonObject().put("currency", "JPY").put("unit", "14400"),
                new JsonObject().put("currency", "COP").put("unit", "408000"));
    }

    @Test
    void rates_put_updates200OrCreates201_acceptingStringsAndNumbers() {
        TestApi.Reply updated = api.put("/point-rates/USD", new JsonObject().put("unit", "120"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json()).isEqualTo(new JsonObject().put("currency", "USD").put("unit", "120"));

        TestApi.Reply created = api.send(HttpMethod.PUT, "/point-rates/CHF", "{\"unit\": 91.5}");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json()).isEqualTo(new JsonObject().put("currency", "CHF").put("unit", "91.5"));
    }

    @Test
    void badUnitsOrCurrency_put_answers400NamingThem() {
        assertProblem(api.put("/point-rates/USD", new JsonObject().put("unit", "a lot")), 400, "unit");
        assertProblem(api.put("/point-rates/USD", new JsonObject().put("unit", "0")), 400, "unit");
        assertProblem(api.put("/point-rates/USD", new JsonObject().put("unit", false)), 400, "unit");
        assertProblem(api.put("/point-rates/usd", new JsonObject().put("unit", "100")), 400, "currency");
        assertProblem(api.put("/point-rates/XYZ", new JsonObject().put("unit", "100")), 400, "currency");
    }
}
