package com.managedmrr.web.ui;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser, as far as the route tests need one: it keeps cookies, never follows redirects, remembers the CSRF token
 * the last page (meta tag) or htmx response (header) gave it, and sends it back the way the page's script does.
 */
final class UiClient {

    static final String CSRF = "X-XSRF-TOKEN";
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]*)\"");

    private final WebClient client;
    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;
    private String acceptLanguage;

    UiClient(Vertx vertx, int port) {
        this.client = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false));
        this.port = port;
    }

    /** Sends {@code Accept-Language} with every request from now on, as a browser set to that language does. */
    UiClient acceptLanguage(String value) {
        this.acceptLanguage = value;
        return this;
    }

    /** Keeps a cookie as if the server had set it (the language switch's, say). */
    UiClient withCookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    Reply get(String path) {
        return send(HttpMethod.GET, path, null, false, true);
    }

    /** A GET as htmx sends it (HX-Request), answered with a partial. */
    Reply htmxGet(String path) {
        return send(HttpMethod.GET, path, null, true, true);
    }

    /** A form POST with the current CSRF token in a hidden field, as a browser without script sends it. */
    Reply post(String path, MultiMap form) {
        MultiMap withToken = MultiMap.caseInsensitiveMultiMap().addAll(form);
        if (csrfToken != null) {
            withToken.set(CSRF, csrfToken);
        }
        return send(HttpMethod.POST, path, withToken, false, false);
    }

    /** A POST as htmx sends it: the CSRF token in the header. */
    Reply htmxPost(String path, MultiMap form) {
        return send(HttpMethod.POST, path, form, true, true);
    }

    /** A POST as htmx sends it, with the given token in the header (none when null) instead of the current one. */
    Reply htmxPostWithToken(String path, MultiMap form, String token) {
        String current = csrfToken;
        csrfToken = token;
        try {
            return send(HttpMethod.POST, path, form, true, token != null);
        } finally {
            if (csrfToken == null || csrfToken.equals(token)) {
                csrfToken = current;
            }
        }
    }

    /** A POST with no CSRF token at all. */
    Reply postWithoutToken(String path, MultiMap form) {
        return send(HttpMethod.POST, path, form, false, false);
    }

    /** A GET with one cookie replaced (to replay an old session id). */
    Reply getWithCookie(String path, String name, String value) {
        cookies.put(name, value);
        return get(path);
    }

    Reply signIn(String email, String password) {
        get("/ui/sign-in");
        return post("/ui/sign-in", form("email", email, "password", password));
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    void setCsrfToken(String token) {
        csrfToken = token;
    }

    String csrfToken() {
        return csrfToken;
    }

    static MultiMap form(String... namesAndValues) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private Reply send(HttpMethod method, String path, MultiMap form, boolean htmx, boolean tokenHeader) {
        HttpRequest<Buffer> request = client.request(method, port, "localhost", path);
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=')
                    .append(value));
            request.putHeader("Cookie", header.toString());
        }
        if (acceptLanguage != null) {
            request.putHeader("Accept-Language", acceptLanguage);
        }
        if (htmx) {
            request.putHeader("HX-Request", "true");
        }
        if (tokenHeader && csrfToken != null && method != HttpMethod.GET) {
            request.putHeader(CSRF, csrfToken);
        }
        HttpResponse<Buffer> response = (form == null ? request.send() : request.sendForm(form)).await();
        for (String setCookie : response.headers().getAll("Set-Cookie")) {
            remember(setCookie);
        }
        String body = response.bodyAsString();
        Reply reply = new Reply(response.statusCode(), response.headers(), body == null ? "" : body);
        String headerToken = response.getHeader(CSRF);
        if (headerToken != null) {
            csrfToken = headerToken;
        } else if (reply.body().contains("name=\"csrf-token\"")) {
            Matcher meta = META_TOKEN.matcher(reply.body());
            if (meta.find() && !meta.group(1).isEmpty()) {
                csrfToken = meta.group(1);
            }
        }
        return reply;
    }

    private void remember(String setCookie) {
        String[] parts = setCookie.split(";");
        String pair = parts[0];
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        boolean expired = false;
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].trim().toLowerCase(java.util.Locale.ROOT);
            if (attribute.equals("max-age=0") || attribute.startsWith("max-age=-")) {
                expired = true;
            }
            if (attribute.startsWith("expires=") && attribute.contains("1970")) {
                expired = true;
            }
        }
        if (expired || value.isEmpty()) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    /** A response: status, headers and body as text. */
    record Reply(int status, MultiMap headers, String body) {

        String header(String name) {
            return headers.get(name);
        }

        @Override
        public String toString() {
            return status + " " + headers.get("Content-Type") + "\n" + body;
        }
    }
}
