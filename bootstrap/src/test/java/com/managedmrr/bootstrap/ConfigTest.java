package com.managedmrr.bootstrap;

import com.managedmrr.persistence.database.DatabaseUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigTest {

    private static final String TOKEN = "0123456789abcdef";

    @Test
    void nothingSet_config_usesPort8080TheEmbeddedDatabaseAndAGeneratedToken() throws StartupException {
        Config config = Config.parse(Map.of(), () -> "generated-token-value");

        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.databaseUrl()).isEmpty();
        assertThat(config.apiToken()).isEqualTo("generated-token-value");
        assertThat(config.apiTokenGenerated()).isTrue();
    }

    @Test
    void emptyValues_config_treatsThemAsUnset() throws StartupException {
        Config config = Config.parse(env("MRR_HTTP_PORT", " ", "MRR_DATABASE_URL", "", "MRR_API_TOKEN", ""), () -> "g");

        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.databaseUrl()).isEmpty();
        assertThat(config.apiTokenGenerated()).isTrue();
    }

    @Test
    void everythingSet_config_takesTheValues() throws StartupException {
        Config config = Config.parse(env(
                "MRR_HTTP_PORT", "9090",
                "MRR_DATABASE_URL", "postgresql://app:s3cret@db.example:6543/mrr",
                "MRR_API_TOKEN", TOKEN), () -> {
                    throw new AssertionError("no token should be generated");
                });

        assertThat(config.httpPort()).isEqualTo(9090);
        assertThat(config.databaseUrl()).contains(
                new DatabaseUrl("db.example", 6543, "mrr", "app", Optional.of("s3cret")));
        assertThat(config.apiToken()).isEqualTo(TOKEN);
        assertThat(config.apiTokenGenerated()).isFalse();
    }

    @Test
    void portZero_config_acceptsIt() throws StartupException {
        assertThat(Config.parse(env("MRR_HTTP_PORT", "0"), () -> TOKEN).httpPort()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "65536", "80.5", "8080x"})
    void aBadPort_config_namesTheVariableInOneLine(String port) {
        assertThatThrownBy(() -> Config.parse(env("MRR_HTTP_PORT", port), () -> TOKEN))
                .isInstanceOf(StartupException.class)
                .hasMessage("MRR_HTTP_PORT: '" + port + "' is not a port number (0-65535)");
    }

    @Test
    void aTokenShorterThan16_config_refusesIt() {
        assertThatThrownBy(() -> Config.parse(env("MRR_API_TOKEN", "short-token"), () -> TOKEN))
                .isInstanceOf(StartupException.class)
                .hasMessage("MRR_API_TOKEN: must be at least 16 characters long (it has 11)");
    }

    @Test
    void aTokenWithASpace_config_refusesIt() {
        assertThatThrownBy(() -> Config.parse(env("MRR_API_TOKEN", "0123456789 abcdef"), () -> TOKEN))
                .hasMessage("MRR_API_TOKEN: must not contain spaces or control characters");
    }

    @Test
    void aTokenOfExactly16_config_acceptsIt() throws StartupException {
        assertThat(Config.parse(env("MRR_API_TOKEN", TOKEN), () -> "x").apiToken()).isEqualTo(TOKEN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not a url                                   | MRR_DATABASE_URL: is not a valid URL; expected postgresql://user:password@host:port/database (percent-encode special characters in the password)",
            "mysql://u@h:3306/db                         | MRR_DATABASE_URL: must start with postgresql://; expected postgresql://user:password@host:port/database",
            "postgresql://u@h:5432/                      | MRR_DATABASE_URL: names no database; expected postgresql://user:password@host:port/database",
            "postgresql://h:5432/db                      | MRR_DATABASE_URL: names no user; expected postgresql://user:password@host:port/database",
            "postgresql://u:p@h:5432/db?ssl=true         | MRR_DATABASE_URL: query parameter 'ssl' is not supported; only sslmode and sslrootcert are",
            "postgresql://u:p@h:5432/db?sslmode=prefer   | MRR_DATABASE_URL: sslmode 'prefer' is not supported; use one of disable, require, verify-ca, verify-full",
            "postgresql:///db                            | MRR_DATABASE_URL: has no host name; expected postgresql://user:password@host:port/database",
    })
    void givenAnUnparseableDatabaseUrl_config_namesTheVariableInOneLine(String url, String message) {
        assertThatThrownBy(() -> Config.parse(env("MRR_DATABASE_URL", url), () -> TOKEN))
                .isInstanceOf(StartupException.class)
                .hasMessage(message);
    }

    @Test
    void aPasswordWithSpecialCharacters_theUrl_isReadPercentDecodedAndNeverShown() throws StartupException {
        Config config = Config.parse(env("MRR_DATABASE_URL", "postgres://app:p%40ss%2Fw+rd@127.0.0.1/mrr"), () -> TOKEN);

        DatabaseUrl url = config.databaseUrl().orElseThrow();
        assertThat(url.password()).contains("p@ss/w+rd");
        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/mrr?sslmode=disable");
        assertThat(url.toString()).isEqualTo("postgresql://app:***@127.0.0.1:5432/mrr").doesNotContain("p@ss");
        assertThat(config.toString()).doesNotContain("p@ss").doesNotContain(TOKEN);
    }

    @Test
    void aUrlWithoutPassword_theUrl_hasNone() throws StartupException {
        DatabaseUrl url = Config.parse(env("MRR_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/mrr_check"),
                () -> TOKEN).databaseUrl().orElseThrow();

        assertThat(url).isEqualTo(new DatabaseUrl("127.0.0.1", 5432, "mrr_check", "postgres", Optional.empty()));
    }

    @Test
    void aWrongPasswordInTheUrl_theMessage_neverRepeatsIt() {
        assertThatThrownBy(() -> Config.parse(env("MRR_DATABASE_URL", "postgresql://u:topsecret@h:99999/db"), () -> TOKEN))
                .isInstanceOf(StartupException.class)
                .message().doesNotContain("topsecret").startsWith("MRR_DATABASE_URL: ");
    }

    @Test
    void generatedTokens_areLongRandomAndUrlSafe() {
        String first = Config.generateToken();
        String second = Config.generateToken();

        assertThat(first).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(second);
    }

    @Test
    void anHttpsPublicUrl_config_servesOverHttps_andAnHttpOneDoesNot() throws StartupException {
        Config https = Config.parse(env("MRR_PUBLIC_URL", "https://mrr.example.com"), () -> TOKEN);
        Config http = Config.parse(env("MRR_PUBLIC_URL", "http://mrr.internal:8080/"), () -> TOKEN);

        assertThat(https.publicUrl()).hasValue(java.net.URI.create("https://mrr.example.com"));
        assertThat(https.servedOverHttps()).isTrue();
        assertThat(http.servedOverHttps()).isFalse();
        assertThat(Config.parse(Map.of(), () -> TOKEN).servedOverHttps()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mrr.example.com", "ftp://mrr.example.com", "https://", "https://mrr.example.com/?a=1",
            "https://user:pw@mrr.example.com", "https://mrr example.com"})
    void givenAPublicUrlThatIsNotOne_config_refusesItNamingTheVariable(String url) {
        assertThatThrownBy(() -> Config.parse(env("MRR_PUBLIC_URL", url), () -> TOKEN))
                .isInstanceOf(StartupException.class).message().startsWith("MRR_PUBLIC_URL: ");
    }

    @Test
    void aUiSecret_config_takesItWhenItHasAtLeast32Bytes() throws StartupException {
        String secret = "s".repeat(32);

        assertThat(Config.parse(env("MRR_UI_SECRET", secret), () -> TOKEN).uiSecret()).hasValue(secret);
        assertThat(Config.parse(Map.of(), () -> TOKEN).uiSecret()).isEmpty();
        assertThatThrownBy(() -> Config.parse(env("MRR_UI_SECRET", "s".repeat(31)), () -> TOKEN))
                .isInstanceOf(StartupException.class)
                .hasMessage("MRR_UI_SECRET: must be at least 32 bytes long (it has 31)");
        assertThat(Config.parse(env("MRR_UI_SECRET", secret), () -> TOKEN).toString()).doesNotContain(secret);
    }

    private static Map<String, String> env(String... keysAndValues) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            env.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return env;
    }
}
