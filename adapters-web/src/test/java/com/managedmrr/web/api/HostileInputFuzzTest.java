package com.managedmrr.web.api;

import com.managedmrr.web.testing.InMemoryAdminAccounts;
import com.managedmrr.domain.store.RecordedActivity;
import com.managedmrr.domain.testing.InMemoryStore;
import com.managedmrr.domain.testing.MutableClock;
import com.managedmrr.web.WebServer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Hostile input over HTTP against the real services on the in-memory store: thousands of generated bad requests
 * (wrong types, missing and extra fields, huge and negative numbers, NaN and Infinity, 10 KB strings, odd Unicode,
 * mixed-case e-mails, malformed instants, bodies over the limit, wrong content types, malformed percent-encoding)
 * to every endpoint the API router has — read from the router itself, so a new endpoint is fuzzed without touching
 * this test. Every answer must be a 2xx or a 4xx problem+json without a stack trace; the server must keep serving;
 * and the store must hold exactly what the accepted answers say.
 *
 * <p>A seeded generator rather than a property-testing framework: one server serves all requests (so state builds
 * up across them, as in production), and a failure names the seed and the request to replay.
 */
class HostileInputFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261127L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 4000);
    private static final int IN_FLIGHT = 16;
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final String TOKEN = "fuzz-test-token-7a2c9";
    private static final String TEN_KB = "ü".repeat(5 * 1024);
    private static final Pattern PARAM = Pattern.compile(":([A-Za-z]+)");

    private static Vertx vertx;
    private static InMemoryStore store;
    private static WebClient client;
    private static String deployment;
    private static int port;
    private static List<Endpoint> endpoints;

    record Endpoint(HttpMethod method, String template) {
    }

    record Sent(HttpMethod method, String path, String contentType, String body) {
        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
            return method + " " + (path.length() > 300 ? path.substring(0, 300) + "..." : path) + " [" + contentType
                    + "] " + shown;
        }
    }

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        store = new InMemoryStore();
        MutableClock clock = new MutableClock(NOW);
        ApiRouter api = new ApiRouter(TOKEN, ApiRouteGroups.of(InMemoryUseCases.create(store, clock, new InMemoryAdminAccounts())));
        endpoints = endpointsOf(api);
        WebServer server = new WebServer(new WebServer.Settings(0, () -> CompletableFuture.completedFuture(null),
                ctx -> ctx.response().end(), api, Duration.ofSeconds(1)));
        deployment = vertx.deployVerticle(server).await();
        port = server.actualPort();
        client = WebClient.create(vertx);
    }

    @AfterAll
    static void stop() {
        client.close();
        vertx.undeploy(deployment).await();
        vertx.close().await();
    }

    /** Every method and path the API router serves (the catch-all 404 and handlers without a path are left out). */
    private static List<Endpoint> endpointsOf(ApiRouter api) {
        List<Endpoint> found = new ArrayList<>();
        for (Route route : api.create(Vertx.vertx()).getRoutes()) {
            if (route.getPath() == null || route.methods() == null) {
                continue;
            }
            route.methods().forEach(method -> found.add(new Endpoint(method, route.getPath())));
        }
        return found;
    }

    @Test
    void thousandsOfHostileRequests_everyAnswerIsA4xxProblemOrSuccess_andTheStoreHoldsExactlyWhatWasAccepted() {
        assertThat(endpoints).as("endpoints read from the router").hasSizeGreaterThan(20);
        // state the fuzz can hit: a partner with an employee assigned to a client who holds a seat there
        send(new Sent(HttpMethod.PUT, "/partners/acme", "application/json",
                "{\"name\":\"Acme\",\"emailDomains\":[\"acme.example\"]}"), 201);
        send(new Sent(HttpMethod.PUT, "/clients/501", "application/json",
                "{\"name\":\"Globex\",\"currency\":\"USD\",\"mrr\":\"1000.00\",\"growthMarket\":false}"), 201);
        send(new Sent(HttpMethod.PUT, "/partners/acme/users/ann@acme.example", "application/json",
                "{\"name\":\"Ann\",\"kind\":\"EMPLOYEE\"}"), 201);
        send(new Sent(HttpMethod.POST, "/partners/acme/clients/501/employees", "application/json",
                "{\"emails\":[\"ann@acme.example\"]}"), 200);

        Random random = new Random(SEED);
        Generator generator = new Generator(random);
        Map<Endpoint, AtomicInteger> hits = new HashMap<>();
        Set<String> expectedActivityIds = new HashSet<>();
        Map<String, Boolean> createdPartners = new HashMap<>(); // fresh partner ids -> a PUT succeeded
        Map<String, Boolean> createdClients = new HashMap<>();
        Generator.PARTNER_PROBES.forEach(id -> createdPartners.put(id, false));
        Generator.CLIENT_PROBES.forEach(id -> createdClients.put(id, false));
        long accepted = 0;
        long duplicates = 0;
        long acceptedOrDuplicateItems = 0;
        int serverErrors = 0;

        for (int done = 0; done < REQUESTS; done += IN_FLIGHT) {
            List<Sent> batch = new ArrayList<>();
            List<Generator.Activities> activityBatches = new ArrayList<>();
            for (int i = 0; i < IN_FLIGHT; i++) {
                Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
                hits.computeIfAbsent(endpoint, e -> new AtomicInteger()).incrementAndGet();
                Generator.Activities activities = endpoint.template().equals("/activities")
                        && endpoint.method() == HttpMethod.POST && random.nextInt(8) != 0 ? generator.activities() : null;
                activityBatches.add(activities);
                batch.add(generator.request(endpoint, activities));
            }
            List<Future<HttpResponse<Buffer>>> answers = batch.stream().map(this::request).toList();
            Future.join(answers).await();
            for (int i = 0; i < batch.size(); i++) {
                Sent sent = batch.get(i);
                Future<HttpResponse<Buffer>> answer = answers.get(i);
                if (answer.failed()) {
                    fail("seed " + SEED + ": no answer to " + sent + ": " + answer.cause());
                }
                HttpResponse<Buffer> response = answer.result();
                checkAnswer(sent, response);
                if (response.statusCode() >= 500) {
                    serverErrors++;
                }
                int status = response.statusCode();
                Generator.Activities activities = activityBatches.get(i);
                if (activities != null && status == 200) {
                    JsonObject result = response.bodyAsJsonObject();
                    accepted += result.getLong("accepted");
                    duplicates += result.getLong("duplicates") + result.getLong("conflicted");
                    Set<Integer> rejected = result.getJsonArray("rejected").stream()
                            .map(r -> ((JsonObject) r).getInteger("index")).collect(Collectors.toSet());
                    for (int index = 0; index < activities.ids().size(); index++) {
                        if (!rejected.contains(index)) {
                            acceptedOrDuplicateItems++;
                            expectedActivityIds.add(activities.ids().get(index));
                        }
                    }
                }
                if (sent.method() == HttpMethod.PUT && status >= 200 && status < 300) {
                    String[] segments = sent.path().split("/");
                    if (segments.length == 3 && segments[1].equals("partners")) {
                        createdPartners.computeIfPresent(segments[2], (id, was) -> true);
                    }
                    if (segments.length == 3 && segments[1].equals("clients")) {
                        createdClients.computeIfPresent(segments[2], (id, was) -> true);
                    }
                }
            }
        }

        assertThat(serverErrors).as("5xx answers (seed %d)", SEED).isZero();
        assertThat(hits.keySet()).as("every endpoint was fuzzed").containsExactlyInAnyOrderElementsOf(endpoints);
        assertThat(accepted + duplicates).as("accepted + duplicates + conflicted = items not rejected")
                .isEqualTo(acceptedOrDuplicateItems);
        assertThat(accepted).as("the fuzz got some activities accepted, or it proves little").isPositive();

        List<RecordedActivity> stored = store.activities();
        assertThat(stored).as("one stored activity per accepted item").hasSize((int) accepted);
        assertThat(stored.stream().map(a -> a.activity().id().value()).collect(Collectors.toSet()))
                .as("the stored activities are exactly the accepted ones")
                .isEqualTo(expectedActivityIds);
        HttpResponse<Buffer> listed = send(new Sent(HttpMethod.GET, "/clients/501/activities?limit=1000", null, null), 200);
        long listedFor501 = stored.stream().filter(a -> a.activity().hubId().value() == 501).count();
        assertThat(listed.bodyAsJsonObject().getJsonArray("activities").size())
                .isEqualTo((int) Math.min(1000, listedFor501));

        createdPartners.forEach((id, created) -> send(new Sent(HttpMethod.GET, "/partners/" + id, null, null),
                created ? 200 : 404));
        createdClients.forEach((id, created) -> send(new Sent(HttpMethod.GET, "/clients/" + id, null, null),
                created ? 200 : 404));
        // still serving, and the set-up state is intact where the fuzz could not validly change it
        send(new Sent(HttpMethod.GET, "/partners/acme", null, null), 200);
        send(new Sent(HttpMethod.GET, "/qualifying-actions", null, null), 200);
    }

    private Future<HttpResponse<Buffer>> request(Sent sent) {
        HttpRequest<Buffer> request = client.request(sent.method(), port, "localhost", ApiRouter.MOUNT_POINT + sent.path());
        request.putHeader("Authorization", "Bearer " + TOKEN);
        if (sent.contentType() != null) {
            request.putHeader("Content-Type", sent.contentType());
        }
        try {
            return sent.body() == null ? request.send() : request.sendBuffer(Buffer.buffer(sent.body()));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    private HttpResponse<Buffer> send(Sent sent, int expectedStatus) {
        HttpResponse<Buffer> response = request(sent).await();
        assertThat(response.statusCode()).as("%s -> %s", sent, response.bodyAsString()).isEqualTo(expectedStatus);
        return response;
    }

    private static void checkAnswer(Sent sent, HttpResponse<Buffer> response) {
        int status = response.statusCode();
        String body = response.bodyAsString() == null ? "" : response.bodyAsString();
        String context = "seed " + SEED + ": " + sent + " -> " + status + " " + body;
        assertThat(status).as(context).isBetween(200, 499);
        assertThat(body).as(context).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.");
        if (status >= 400) {
            assertThat(response.getHeader("Content-Type")).as(context).startsWith(Problems.CONTENT_TYPE);
            JsonObject problem = new JsonObject(body);
            assertThat(problem.getInteger("status")).as(context).isEqualTo(status);
            assertThat(problem.getString("title")).as(context).isNotBlank();
            assertThat(problem.getString("detail")).as(context).isNotBlank();
        }
    }

    /** Hostile values for path parameters, queries and bodies; every choice comes from the seeded random. */
    static final class Generator {

        static final List<String> PARTNER_PROBES = List.of("fz-p1", "fz-p2");
        static final List<String> CLIENT_PROBES = List.of("601", "602");

        private static final List<String> PARTNER_IDS = List.of("acme", "fz-p1", "fz-p2", "ACME", "-1", "a",
                "x".repeat(300), "%zz", "%", "%E0%A4%A", "%00", "..%2F..%2Fetc", "%C0%AF", "caf%C3%A9", "%F0%9F%98%80");
        private static final List<String> HUB_IDS = List.of("501", "601", "602", "0", "-1", "-501",
                "99999999999999999999", "9223372036854775807", "9223372036854775808", "1e3", "5.5", "NaN", "Infinity",
                "0x1F", "abc", "%zz", "%", "%2F", " 501".replace(" ", "%20"), "%EF%BC%95%EF%BC%90%EF%BC%91");
        private static final List<String> EMAILS = List.of("ann@acme.example", "ANN@ACME.EXAMPLE", "Ann@Acme.Example",
                "ann%2Btag@acme.example", "ann+tag@acme.example", "not-an-email", "a@b", "@", "x@y@z", "%zz",
                "%40acme.example", "%C3%A4nn%C3%A4@acme.example", "ann@xn--acm-0na.example",
                "a".repeat(250) + "@acme.example", "ann%00@acme.example", "ann@acme.example%0D%0AX-Evil:%201");
        private static final List<String> TOOLS = List.of("BLOG", "blog", "EMAIL", "%zz", "x".repeat(200), "B%C3%9CRO",
                "-", "NaN");
        private static final List<String> CURRENCIES = List.of("USD", "usd", "EUR", "XXXX", "US", "%zz", "%E2%82%AC",
                "1");
        private static final List<String> INSTANTS = List.of("2026-11-27T09:00:00Z", "2026-13-45T99:00:00Z",
                "2026-11-27", "2026-11-27T09:00:00", "yesterday", "", "+999999999-12-31T23:59:59Z",
                "-999999999-01-01T00:00:00Z", "2026-11-27T09:00:00+25:00", "2026-11-27T09:00:00.123456789123Z",
                "1e100", "2026-11-27T09:00:00%2B01:00", "%zz");
        private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/x-www-form-urlencoded",
                "application/xml", "multipart/form-data; boundary=x", "application/json-patch+json", "");
        private static final List<String> RAW_BODIES = List.of("NaN", "Infinity", "{\"mrr\": NaN}",
                "{\"mrr\": Infinity}", "{\"unit\": -Infinity}", "{", "}", "[]", "null", "\"text\"", "42", "{}{}",
                "{\"name\": \"a\",}", "{'name': 'a'}", "{\"name\": \"\\ud800\"}", "\u0000", "{\"a\":" + "[".repeat(500)
                        + "]".repeat(500) + "}", "{\"activities\": {}}", "{\"activities\": null}",
                "{\"activities\": [1, \"x\", null, [], true]}", "{\"emails\": \"ann@acme.example\"}",
                "{\"hubId\": \"501\"}", "{\"hubId\": 501.5}", "{\"hubId\": 1e400}", "{\"mrr\": 1e400}",
                "{\"mrr\": -0.0}", "{\"mrr\": \"12,50\"}", "{\"activities\": [" + "{},".repeat(1000) + "{}]}",
                "{\"name\":\"dup\",\"name\":\"dup2\"}");
        private static final List<String> FIELDS = List.of("name", "emailDomains", "kind", "password", "currency",
                "mrr", "growthMarket", "status", "emails", "hubId", "actions", "unit", "activities");

        private final Random random;
        private int activityCounter;
        private final List<String> sentActivityIds = new ArrayList<>();

        Generator(Random random) {
            this.random = random;
        }

        /** An activities batch as sent, with the ids of its items (null where an item has none). */
        record Activities(String body, List<String> ids) {
        }

        Sent request(Endpoint endpoint, Activities activities) {
            String path = path(endpoint.template());
            if (random.nextInt(6) == 0) {
                path += query();
            }
            if (endpoint.method() == HttpMethod.GET || endpoint.method() == HttpMethod.DELETE) {
                // bodies on GET and DELETE are ignored or refused, never fatal
                return random.nextInt(10) == 0
                        ? new Sent(endpoint.method(), path, "application/json", anyBody())
                        : new Sent(endpoint.method(), path, null, null);
            }
            String contentType = random.nextInt(10) == 0 ? pick(CONTENT_TYPES)
                    : random.nextInt(20) == 0 ? "Application/JSON; charset=utf-8" : "application/json";
            if (activities != null) {
                return new Sent(endpoint.method(), path, contentType, activities.body());
            }
            return new Sent(endpoint.method(), path, contentType.isEmpty() ? null : contentType, anyBody());
        }

        private String path(String template) {
            Matcher matcher = PARAM.matcher(template);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(1);
                String value = switch (name) {
                    case "partnerId" -> pick(PARTNER_IDS);
                    case "hubId" -> pick(HUB_IDS);
                    case "email" -> pick(EMAILS);
                    case "tool" -> pick(TOOLS);
                    case "currency" -> pick(CURRENCIES);
                    default -> pick(List.of("x", "%zz", "-1", "ü"));
                };
                matcher.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(path);
            return path.toString();
        }

        private String query() {
            return switch (random.nextInt(6)) {
                case 0 -> "?at=" + pick(INSTANTS);
                case 1 -> "?limit=" + pick(List.of("-1", "0", "1001", "99999999999", "NaN", "1.5", "%zz", ""));
                case 2 -> "?q=" + pick(List.of("%zz", "%", URLEncoder.encode(TEN_KB.substring(0, 300),
                        StandardCharsets.UTF_8), "ann", "%00"));
                case 3 -> "?at=" + pick(INSTANTS) + "&at=" + pick(INSTANTS);
                case 4 -> "?%zz=1";
                default -> "?limit=5&extra=" + URLEncoder.encode("\u202e\u0000", StandardCharsets.UTF_8);
            };
        }

        private String anyBody() {
            return switch (random.nextInt(10)) {
                case 0, 1 -> pick(RAW_BODIES);
                case 2 -> random.nextInt(40) == 0 ? overTheLimit() : "{\"name\": \"" + TEN_KB + "\"}";
                default -> mutatedObject().encode();
            };
        }

        private static String overTheLimit() {
            return "{\"name\": \"" + "x".repeat((int) ApiRouter.BODY_LIMIT_BYTES) + "\"}";
        }

        /** A body with the fields the endpoints read, each kept valid, dropped, or given a hostile value. */
        private JsonObject mutatedObject() {
            JsonObject valid = new JsonObject()
                    .put("name", "Fuzz " + random.nextInt(1000))
                    .put("emailDomains", new JsonArray().add("acme.example"))
                    .put("kind", random.nextBoolean() ? "EMPLOYEE" : "CONTRACTOR")
                    .put("password", "a-long-enough-password")
                    .put("currency", "USD")
                    .put("mrr", "1000.00")
                    .put("growthMarket", false)
                    .put("status", random.nextBoolean() ? "ACTIVE" : "DEACTIVATED")
                    .put("emails", new JsonArray().add("ann@acme.example"))
                    .put("hubId", 501)
                    .put("actions", new JsonArray().add("PUBLISH"))
                    .put("unit", "100");
            JsonObject body = new JsonObject();
            for (String field : FIELDS) {
                int dice = random.nextInt(10);
                if (dice < 3 && valid.containsKey(field)) {
                    body.put(field, valid.getValue(field));
                } else if (dice < 8) {
                    body.put(field, hostileValue());
                }
            }
            if (random.nextBoolean()) {
                body.put("extra" + random.nextInt(3), hostileValue());
            }
            return body;
        }

        private Object hostileValue() {
            return switch (random.nextInt(22)) {
                case 0 -> null;
                case 1 -> random.nextBoolean();
                case 2 -> -1;
                case 3 -> Long.MAX_VALUE;
                case 4 -> new java.math.BigInteger("123456789012345678901234567890");
                case 5 -> new java.math.BigDecimal("-1e-400");
                case 6 -> "NaN";
                case 7 -> "-Infinity";
                case 8 -> TEN_KB;
                case 9 -> "";
                case 10 -> "  ";
                case 11 -> "\u202e\u0000\uFEFF\uD83D\uDE00";
                case 12 -> new JsonArray().add(1).add("x").addNull();
                case 13 -> new JsonObject().put("nested", new JsonObject().put("deeper", TEN_KB));
                case 14 -> "ANN@ACME.EXAMPLE";
                case 15 -> "-1000.00";
                case 16 -> "1e309";
                case 17 -> pick(INSTANTS);
                case 18 -> new JsonArray().add(TEN_KB).add("Ann@Acme.Example").add("%zz");
                case 19 -> 0.1;
                case 20 -> "99999999999999999999999999.999";
                default -> new JsonArray();
            };
        }

        /** A batch of up to 30 items, most valid with fresh ids, some mutated, some repeated (duplicates). */
        Activities activities() {
            int size = random.nextInt(31);
            JsonArray items = new JsonArray();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String id = sentActivityIds.isEmpty() || random.nextInt(10) != 0
                        ? "fz-" + (activityCounter++)
                        : pick(sentActivityIds);
                sentActivityIds.add(id);
                JsonObject item = new JsonObject()
                        .put("activityId", id)
                        .put("hubId", random.nextInt(8) == 0 ? 601 : 501)
                        .put("userEmail", random.nextInt(4) == 0 ? "ANN@acme.EXAMPLE" : "ann@acme.example")
                        .put("tool", "BLOG")
                        .put("action", random.nextBoolean() ? "PUBLISH" : "VIEW")
                        .put("occurredAt", NOW.minusSeconds(random.nextInt(86_400)).toString())
                        .put("assetId", "post-" + random.nextInt(50));
                if (random.nextInt(3) == 0) {
                    String field = pick(List.of("activityId", "hubId", "userEmail", "tool", "action", "occurredAt",
                            "assetId"));
                    if (random.nextBoolean()) {
                        item.remove(field);
                    } else {
                        item.put(field, hostileValue());
                    }
                }
                if (random.nextInt(10) == 0) {
                    item.put("unexpected", hostileValue());
                }
                items.add(item);
                ids.add(item.getValue("activityId") instanceof String text ? text : null);
            }
            return new Activities(new JsonObject().put("activities", items).encode(), ids);
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
