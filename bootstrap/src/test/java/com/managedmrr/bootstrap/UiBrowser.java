package com.managedmrr.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser of the admin UI, as far as the tests need one: it keeps the cookies it is given (one jar whatever the
 * instance, as behind a load balancer), reads the CSRF token from the pages, and sends forms with it.
 */
final class UiBrowser {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern TOKEN = Pattern.compile("name=\"X-XSRF-TOKEN\" value=\"([^\"]+)\"");

    final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request(port, path).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        keep(response);
        Matcher token = TOKEN.matcher(response.body());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return response;
    }

    HttpResponse<String> post(int port, String path, String... namesAndValues) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        if (csrfToken != null) {
            form.put("X-XSRF-TOKEN", csrfToken);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = CLIENT.send(request(port, path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        keep(response);
        return response;
    }

    HttpResponse<String> signIn(int port, String email, String password) throws IOException, InterruptedException {
        get(port, "/ui/sign-in");
        return post(port, "/ui/sign-in", "email", email, "password", password);
    }

    private HttpRequest.Builder request(int port, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private void keep(HttpResponse<String> response) {
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            boolean expired = setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0") || value.isEmpty();
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }
}
