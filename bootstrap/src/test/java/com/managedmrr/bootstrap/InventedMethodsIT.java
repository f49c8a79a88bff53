package com.managedmrr.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client may send any method name: invented ones are answered 501 (problem+json under the API) and counted in the
 * metrics under one label value, so they add no Prometheus series however many are sent.
 */
class InventedMethodsIT {

    private static final String TOKEN = "invented-methods-token-0123456789";

    @RegisterExtension
    static final RunningServer server = new RunningServer(TOKEN);

    @Test
    void inventedMethods_are501_andAddNoMetricSeries() throws Exception {
        server.call("GET", "/api/v1/partners/acme", null, 404);
        inventedMethods("FROB");
        server.call("GET", "/metrics", null, 200);
        long seriesBefore = series(server.call("GET", "/metrics", null, 200).body());

        inventedMethods("QUUX");
        String metrics = server.call("GET", "/metrics", null, 200).body();

        assertThat(metrics).doesNotContain("FROB").doesNotContain("QUUX");
        assertThat(metrics).contains("method=\"OTHER\"");
        // 30 more invented names: no series of their own (a few at most for the scrapes' own timings)
        assertThat(series(metrics) - seriesBefore).isLessThan(5);
    }

    private static void inventedMethods(String prefix) throws Exception {
        for (int i = 1; i <= 30; i++) {
            HttpResponse<String> api = server.call(prefix + i, "/api/v1/partners/acme", null, 501);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            server.call(prefix + "-UI-" + i, "/ui/sign-in", null, 501);
            server.call(prefix + "-OPS-" + i, "/health", null, 501);
        }
    }

    private static long series(String prometheusText) {
        return Arrays.stream(prometheusText.split("\n")).filter(line -> !line.startsWith("#") && !line.isBlank()).count();
    }
}
