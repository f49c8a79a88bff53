package com.managedmrr.bootstrap;

import com.managedmrr.persistence.database.DatabaseUrl;
import com.managedmrr.persistence.database.DatabaseUrl.SslMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settings operators need in production: bind address, pool, shutdown, TLS to the database, tokens, secrets. */
class OperationsConfigTest {

    private static final String BILLING = "billing-token-0123456789abcdefghijklmnop";
    private static final String TELEMETRY = "telemetry-token-0123456789abcdefghijklmn";

    @TempDir
    Path folder;

    @Test
    void nothingSet_theDefaults_areAllInterfacesPool10Grace20sDrain5s() throws StartupException {
        Config config = Config.parse(Map.of(), () -> "generated-token-value-0123456789");

        assertThat(config.httpHost()).isEqualTo("0.0.0.0");
        assertThat(config.databasePoolSize()).isEqualTo(10);
        assertThat(config.shutdownGrace()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.drain()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.apiTokens()).containsOnlyKeys("default");
    }

    @Test
    void hostPoolGraceAndDrain_config_takesThem() throws StartupException {
        Config config = Config.parse(env("MRR_HTTP_HOST", "127.0.0.1", "MRR_DATABASE_POOL_SIZE", "25",
                "MRR_SHUTDOWN_GRACE", "45s", "MRR_DRAIN", "500ms"), () -> BILLING);

        assertThat(config.httpHost()).isEqualTo("127.0.0.1");
        assertThat(config.databasePoolSize()).isEqualTo(25);
        assertThat(config.shutdownGrace()).isEqualTo(Duration.ofSeconds(45));
        assertThat(config.drain()).isEqualTo(Duration.ofMillis(500));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MRR_DATABASE_POOL_SIZE | 0     | MRR_DATABASE_POOL_SIZE: '0' is not a number of connections from 1 to 1000",
            "MRR_DATABASE_POOL_SIZE | many  | MRR_DATABASE_POOL_SIZE: 'many' is not a number of connections from 1 to 1000",
            "MRR_SHUTDOWN_GRACE     | soon  | MRR_SHUTDOWN_GRACE: 'soon' is not a duration from 0s to 10m (e.g. 20s, 500ms, 2m)",
            "MRR_DRAIN              | 11m   | MRR_DRAIN: '11m' is not a duration from 0s to 10m (e.g. 20s, 500ms, 2m)",
            "MRR_DRAIN              | -5s   | MRR_DRAIN: '-5s' is not a duration from 0s to 10m (e.g. 20s, 500ms, 2m)",
    })
    void givenABadSetting_config_namesTheVariableInOneLine(String variable, String value, String message) {
        assertThatThrownBy(() -> Config.parse(env(variable, value), () -> BILLING))
                .isInstanceOf(StartupException.class).hasMessage(message);
    }

    @Test
    void durations_acceptSecondsMinutesMillisAndIso() throws StartupException {
        assertThat(Config.parseDuration("X", java.util.Optional.of("2m"), Duration.ZERO)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Config.parseDuration("X", java.util.Optional.of("30"), Duration.ZERO)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Config.parseDuration("X", java.util.Optional.of("PT1M30S"), Duration.ZERO)).isEqualTo(Duration.ofSeconds(90));
        assertThat(Config.parseDuration("X", java.util.Optional.of("0s"), Duration.ofSeconds(5))).isZero();
    }

    @Test
    void namedTokens_everyOneIsAcceptedUnderItsName() throws StartupException {
        Config config = Config.parse(env("MRR_API_TOKENS", "billing=" + BILLING + ", telemetry=" + TELEMETRY), () -> {
            throw new AssertionError("no token should be generated");
        });

        assertThat(config.apiTokens()).containsExactly(Map.entry("billing", BILLING), Map.entry("telemetry", TELEMETRY));
        assertThat(config.apiTokenGenerated()).isFalse();
        assertThat(config.toString()).contains("billing,telemetry").doesNotContain(BILLING).doesNotContain(TELEMETRY);
    }

    @Test
    void theSingleTokenAndNamedOnes_theSingleOneIsNamedDefault() throws StartupException {
        Config config = Config.parse(env("MRR_API_TOKEN", "0123456789abcdef", "MRR_API_TOKENS", "billing=" + BILLING),
                () -> "x");

        assertThat(config.apiTokens()).containsExactly(Map.entry("default", "0123456789abcdef"),
                Map.entry("billing", BILLING));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "billing=short-token                     | MRR_API_TOKENS (billing): must be at least 32 characters long (it has 11)",
            "billing                                 | MRR_API_TOKENS: each entry is name=token (an entry has no '=')",
            "bad name=billing-token-0123456789abcdefghijklmnop | MRR_API_TOKENS: 'bad name' is not a caller name (letters, digits, '.', '_', '-'; at most 64)",
            "a=billing-token-0123456789abcdefghijklmnop,a=telemetry-token-0123456789abcdefghijklmn | MRR_API_TOKENS: the name a is given twice",
            "a=billing-token-0123456789abcdefghijklmnop,b=billing-token-0123456789abcdefghijklmnop | MRR_API_TOKENS: b's token is also another caller's; each caller needs its own",
            "' , '                                   | MRR_API_TOKENS: names no token (expected name=token,name=token)",
    })
    void givenBadNamedTokens_config_saysWhatIsWrongWithoutShowingATokenValue(String tokens, String message) {
        assertThatThrownBy(() -> Config.parse(env("MRR_API_TOKENS", tokens), () -> "x"))
                .isInstanceOf(StartupException.class).hasMessage(message);
    }

    @Test
    void aTokensFile_config_readsOneNameAndTokenALineSkippingComments() throws Exception {
        Path file = Files.writeString(folder.resolve("tokens"),
                "# rotated 2026-11\nbilling=" + BILLING + "\n\ntelemetry=" + TELEMETRY + "\n");

        Config config = Config.parse(env("MRR_API_TOKENS_FILE", file.toString()), () -> "x");

        assertThat(config.apiTokens()).containsOnlyKeys("billing", "telemetry");
    }

    @Test
    void bothTokensAndTokensFile_config_refusesTheAmbiguity() throws IOException {
        Path file = Files.writeString(folder.resolve("tokens"), "billing=" + BILLING);

        assertThatThrownBy(() -> Config.parse(env("MRR_API_TOKENS_FILE", file.toString(),
                "MRR_API_TOKENS", "telemetry=" + TELEMETRY), () -> "x"))
                .hasMessage("MRR_API_TOKENS_FILE: MRR_API_TOKENS is set too; use one of them");
    }

    @Test
    void aMissingSecretFile_config_namesTheVariableAndTheFile() {
        Path missing = folder.resolve("nothing-here");

        assertThatThrownBy(() -> Config.parse(env("MRR_API_TOKENS_FILE", missing.toString()), () -> "x"))
                .hasMessage("MRR_API_TOKENS_FILE: cannot read " + missing + " (no such file)");
    }

    @Test
    void aPasswordFile_theDatabaseUrl_takesItsPasswordWithoutTheFinalNewline() throws Exception {
        Path file = Files.writeString(folder.resolve("password"), "s3cr3t with spaces\n");

        Config config = Config.parse(env("MRR_DATABASE_URL", "postgresql://app@db.example/mrr",
                "MRR_DATABASE_PASSWORD_FILE", file.toString()), () -> BILLING);

        assertThat(config.databaseUrl().orElseThrow().password()).contains("s3cr3t with spaces");
        assertThat(config.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void aPasswordFileAndAPasswordInTheUrl_config_refusesTheAmbiguity() throws Exception {
        Path file = Files.writeString(folder.resolve("password"), "one");

        assertThatThrownBy(() -> Config.parse(env("MRR_DATABASE_URL", "postgresql://app:two@db.example/mrr",
                "MRR_DATABASE_PASSWORD_FILE", file.toString()), () -> BILLING))
                .hasMessage("MRR_DATABASE_PASSWORD_FILE: MRR_DATABASE_URL has a password too; give it in one place only");
    }

    @Test
    void sslModeAndRootCert_theUrl_carriesThemToBothClients() throws Exception {
        Path rootCert = Files.writeString(folder.resolve("root.crt"), "-----BEGIN CERTIFICATE-----\n");

        DatabaseUrl url = Config.parse(env("MRR_DATABASE_URL", "postgresql://app@db.example/mrr?sslmode=verify-full"
                + "&sslrootcert=" + rootCert), () -> BILLING).databaseUrl().orElseThrow();

        assertThat(url.sslMode()).isEqualTo(SslMode.VERIFY_FULL);
        assertThat(url.sslRootCert()).contains(rootCert.toAbsolutePath());
        assertThat(url.jdbcUrl()).startsWith("jdbc:postgresql://db.example:5432/mrr?sslmode=verify-full&sslrootcert=");
        assertThat(url.withDatabase("postgres").sslMode()).isEqualTo(SslMode.VERIFY_FULL);
    }

    @Test
    void verifyFullWithoutRootCert_jdbc_trustsTheJvmAuthorities() throws StartupException {
        DatabaseUrl url = Config.parse(env("MRR_DATABASE_URL", "postgresql://app@db.example/mrr?sslmode=verify-full"),
                () -> BILLING).databaseUrl().orElseThrow();

        assertThat(url.jdbcUrl()).endsWith("&sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory");
    }

    @Test
    void aMissingRootCert_config_saysSoInOneLine() {
        Path missing = folder.resolve("root.crt");

        assertThatThrownBy(() -> Config.parse(env("MRR_DATABASE_URL", "postgresql://app@db.example/mrr"
                + "?sslmode=verify-ca&sslrootcert=" + missing), () -> BILLING))
                .hasMessage("MRR_DATABASE_URL: sslrootcert " + missing + " is not a readable file");
    }

    @Test
    void help_listsEveryVariableConfigKnowsWithItsDefault() throws IllegalAccessException {
        String help = Main.help();

        List<String> declared = Stream.of(Config.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(OperationsConfigTest::value)
                .filter(value -> value.startsWith("MRR_"))
                .toList();
        assertThat(declared).isNotEmpty();
        assertThat(Config.VARIABLES).extracting(Config.Variable::name).containsAll(declared);
        for (Config.Variable variable : Config.VARIABLES) {
            assertThat(help).contains(variable.name()).contains("default: " + variable.byDefault());
        }
        assertThat(help).contains("MRR_UI_SECRET", "MRR_PUBLIC_URL", "MRR_LOG_FORMAT", "MRR_LOG_LEVEL",
                "MRR_METRICS_PORT", "default: 10", "default: 20s", "default: 5s", "Exit status");
    }

    private static String value(Field field) {
        try {
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, String> env(String... keysAndValues) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            env.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return env;
    }
}
