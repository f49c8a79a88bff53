package com.managedmrr.bootstrap;

import com.managedmrr.persistence.database.DatabaseUrl;
import com.managedmrr.persistence.testing.FreshDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy the server itself speaks plain HTTP: {@code MRR_PUBLIC_URL=https://...} tells it
 * people reach it over HTTPS, so its cookies are Secure and it sends HSTS; the banner prints that URL.
 */
class PublicUrlIT {

    private static final String TOKEN = "public-url-token-0123456789";

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @TempDir
    static Path unusedDataDirectory;

    private static ManagedMrrServer server;

    @BeforeAll
    static void start() throws Exception {
        DatabaseUrl url = database.url();
        Config config = Config.parse(Map.of("MRR_HTTP_PORT", "0", "MRR_API_TOKEN", TOKEN,
                "MRR_DATABASE_URL", "postgresql://" + url.user() + "@" + url.host() + ":" + url.port() + "/"
                        + url.database(),
                "MRR_PUBLIC_URL", "https://mrr.example.com"), () -> TOKEN);
        server = new ManagedMrrServer(config, unusedDataDirectory).start();
        HttpCalls.send(server.port(), "PUT", "/api/v1/partners/acme", TOKEN, new JsonObject().put("name", "Acme")
                .put("emailDomains", new JsonArray().add("acme.example")).encode());
        HttpCalls.send(server.port(), "PUT", "/api/v1/partners/acme/admins/admin@acme.example", TOKEN,
                new JsonObject().put("password", "correct horse battery").encode());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void anHttpsPublicUrl_makesTheCookiesSecure_sendsHsts_andIsInTheBanner() throws Exception {
        UiBrowser browser = new UiBrowser();
        HttpResponse<String> page = browser.get(server.port(), "/ui/sign-in");
        HttpResponse<String> signedIn = browser.post(server.port(), "/ui/sign-in", "email", "admin@acme.example",
                "password", "correct horse battery");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).startsWith("max-age="));
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("XSRF-TOKEN="))
                .singleElement().satisfies(c -> assertThat(c).containsIgnoringCase("; Secure"));
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("mrr-session="))
                .singleElement().satisfies(c -> assertThat(c).containsIgnoringCase("; Secure"));
        assertThat(String.join("\n", server.banner())).contains("https://mrr.example.com");
    }
}
