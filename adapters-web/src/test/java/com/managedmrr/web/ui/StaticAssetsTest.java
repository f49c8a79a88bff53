package com.managedmrr.web.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI's static files under URLs that hold the hash of their content, cached immutable for a year; an old hash
 * redirects to the current file; answers compressed as the client accepts, with the Content-Security-Policy kept.
 */
class StaticAssetsTest {

    private static final Pattern ASSET = Pattern.compile(
            "(?:href|src)=\"(/ui/static/([a-z.]+)\\.([0-9a-f]{8})\\.(css|js|svg))\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static TestUi ui;

    @BeforeAll
    static void start() {
        ui = TestUi.start();
        Scenario.build(ui);
    }

    @AfterAll
    static void stop() {
        ui.close();
    }

    @Test
    void aPage_namesEachStaticFileByTheHashOfItsContent_cachedImmutableForAYear() {
        List<String> urls = assetUrls(text(get("/ui/sign-in", null)));

        assertThat(urls).hasSize(4).anyMatch(url -> url.contains("/app.")).anyMatch(url -> url.contains("/htmx.min."))
                .anyMatch(url -> url.contains("/favicon."));
        for (String url : urls) {
            HttpResponse<byte[]> file = get(url, null);
            Matcher named = ASSET.matcher("src=\"" + url + "\"");
            assertThat(named.find()).isTrue();
            assertThat(file.statusCode()).as(url).isEqualTo(200);
            assertThat(sha256(file.body())).as(url).startsWith(named.group(3));
            assertThat(file.headers().firstValue("Cache-Control")).as(url)
                    .hasValue("public, max-age=31536000, immutable");
            assertThat(file.headers().firstValue("Content-Security-Policy")).as(url)
                    .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        }
    }

    @Test
    void aChangedFile_getsANewUrl_andAnUnchangedOneKeepsItsUrl() {
        StaticAssets before = StaticAssets.of(Map.of("app.css", bytes("body { color: black; }"),
                "app.js", bytes("'use strict';")));
        StaticAssets after = StaticAssets.of(Map.of("app.css", bytes("body { color: navy; }"),
                "app.js", bytes("'use strict';")));

        assertThat(after.url("app.css")).isNotEqualTo(before.url("app.css")).matches("/ui/static/app\\.[0-9a-f]{8}\\.css");
        assertThat(after.url("app.js")).isEqualTo(before.url("app.js"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ui/static/app.0123abcd.css", "/ui/static/app.css", "/ui/static/htmx.min.js",
            "/ui/static/htmx.min.ffffffff.js"})
    void anOldHashOrNoHash_redirectsToTheCurrentFile_uncached(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).replaceAll("\\.[0-9a-f]{8}\\.", ".");
        String current = assetUrls(text(get("/ui/sign-in", null))).stream()
                .filter(url -> url.replaceAll("\\.[0-9a-f]{8}\\.", ".").endsWith("/" + name))
                .findFirst().orElseThrow();

        HttpResponse<byte[]> old = get(path, null);

        assertThat(old.statusCode()).isEqualTo(302);
        assertThat(old.headers().firstValue("Location")).hasValue(current);
        assertThat(old.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(get(current, null).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ui/static/nothing.css", "/ui/static/nothing.0123abcd.css", "/ui/static/app.min.css",
            "/ui/static/webroot/app.css", "/ui/static/"})
    void aFileThatIsNotOneOfTheUis_isNotFound(String path) {
        assertThat(get(path, null).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "br, gzip", "gzip, deflate, br"})
    void htmxStyleSheetAndScript_areSentGzipped_toAClientThatAcceptsIt(String acceptEncoding) throws IOException {
        for (String url : assetUrls(text(get("/ui/sign-in", null)))) {
            if (url.endsWith(".svg")) {
                continue;
            }
            HttpResponse<byte[]> plain = get(url, null);
            HttpResponse<byte[]> zipped = get(url, acceptEncoding);

            assertThat(plain.headers().firstValue("Content-Encoding")).as(url).isEmpty();
            assertThat(zipped.headers().firstValue("Content-Encoding")).as(url).hasValue("gzip");
            assertThat(zipped.body().length).as(url + " gzipped").isLessThan(plain.body().length / 2);
            assertThat(gunzip(zipped.body())).as(url).isEqualTo(plain.body());
            assertThat(zipped.headers().firstValue("Content-Security-Policy")).as(url)
                    .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(zipped.headers().firstValue("Cache-Control")).as(url)
                    .hasValue("public, max-age=31536000, immutable");
        }
    }

    @Test
    void htmx_goesOverTheWireInLessThanAThirdOfItsSize() throws IOException {
        String htmx = assetUrls(text(get("/ui/sign-in", null))).stream().filter(url -> url.contains("/htmx.min."))
                .findFirst().orElseThrow();

        HttpResponse<byte[]> plain = get(htmx, null);
        HttpResponse<byte[]> zipped = get(htmx, "gzip");

        assertThat(plain.body().length).isGreaterThan(40_000);
        assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
        assertThat(gunzip(zipped.body())).isEqualTo(plain.body());
    }

    @Test
    void brotliAlone_isNotOffered_soTheFileIsSentAsItIs() {
        String css = assetUrls(text(get("/ui/sign-in", null))).stream().filter(url -> url.endsWith(".css"))
                .findFirst().orElseThrow();

        HttpResponse<byte[]> reply = get(css, "br");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(reply.body()).isEqualTo(get(css, null).body());
    }

    @Test
    void aPage_isSentGzipped_withItsSecurityHeaders() throws IOException {
        HttpResponse<byte[]> plain = get("/ui/sign-in", null);
        HttpResponse<byte[]> zipped = get("/ui/sign-in", "gzip");

        assertThat(zipped.statusCode()).isEqualTo(plain.statusCode());
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.body().length).isLessThan(plain.body().length);
        assertThat(new String(gunzip(zipped.body()), StandardCharsets.UTF_8)).contains("</html>");
        assertThat(zipped.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(zipped.headers().firstValue("Cache-Control")).isEqualTo(plain.headers().firstValue("Cache-Control"));
    }

    /**
     * A compressed page holds the CSRF token beside text the request chose (a search): each page draws its token anew,
     * so no two compressed answers share a secret to be guessed from their sizes (BREACH).
     */
    @Test
    void eachCompressedPage_carriesATokenOfItsOwn() throws IOException {
        Pattern token = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Matcher found = token.matcher(new String(gunzip(get("/ui/sign-in?q=abc", "gzip").body()),
                    StandardCharsets.UTF_8));
            assertThat(found.find()).isTrue();
            tokens.add(found.group(1));
        }

        assertThat(tokens).doesNotHaveDuplicates();
    }

    private static List<String> assetUrls(String html) {
        List<String> urls = new ArrayList<>();
        Matcher asset = ASSET.matcher(html);
        while (asset.find()) {
            urls.add(asset.group(1));
        }
        return urls;
    }

    private static HttpResponse<byte[]> get(String path, String acceptEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ui.baseUrl() + path))
                .timeout(Duration.ofSeconds(10)).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] zipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
