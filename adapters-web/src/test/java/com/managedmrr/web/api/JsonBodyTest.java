package com.managedmrr.web.api;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonBodyTest {

    private static JsonObject parse(String json) {
        return JsonBody.parseObject(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void numbers_keepTheirExactText_neverADouble() {
        JsonObject object = parse("{\"small\": 501, \"big\": 123456789012345678901234567890,"
                + " \"money\": 1000.10, \"tiny\": 0.1, \"exp\": 1e3}");

        assertThat(object.getValue("small")).isEqualTo(501L);
        assertThat(object.getValue("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(object.getValue("money")).isEqualTo(new BigDecimal("1000.10"));
        assertThat(object.getValue("tiny")).isEqualTo(new BigDecimal("0.1"));
        assertThat(object.getValue("exp")).isEqualTo(new BigDecimal("1e3"));
    }

    @Test
    void nestedValues_becomeJsonObjectsAndArrays_withNullsKept() {
        JsonObject object = parse("{\"a\": {\"b\": [1, \"two\", true, null]}, \"c\": null}");

        assertThat(object.getJsonObject("a").getJsonArray("b").getList()).containsExactly(1L, "two", true, null);
        assertThat(object.containsKey("c")).isTrue();
    }

    @Test
    void anythingButOneObject_isA400() {
        for (String body : new String[] {"[1]", "\"text\"", "42", "null", "{\"a\": 1} {\"b\": 2}", "{\"a\": 1,}",
                "{\"a\": NaN}", "{'a': 1}", "{\"a\": 1", "\u00ff\u00fe"}) {
            assertThatThrownBy(() -> parse(body)).as(body)
                    .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(400));
        }
    }

    @Test
    void deeplyNestedJson_isA400_notAStackOverflow() {
        String deep = "{\"a\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        assertThatThrownBy(() -> parse(deep))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status()).isEqualTo(400));
    }
}
