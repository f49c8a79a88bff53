package com.managedmrr.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No container runtime runs here, so the {@code Dockerfile} and {@code compose.yaml} are read: the port, the health
 * path, the variables and the jar path they use must be the ones the server has, so they cannot drift apart.
 */
class ContainerRecipeIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern VARIABLE = Pattern.compile("\\bMRR_[A-Z_]+\\b");

    @RegisterExtension
    static final RunningServer server = new RunningServer("container-recipe-token-0123456789");

    @Test
    void theDockerfile_buildsWithMavenAndRunsTheJarOnAJre17AsANonRootUser() throws IOException {
        String dockerfile = read("Dockerfile");

        assertThat(dockerfile).containsPattern("(?m)^FROM maven:\\S*temurin-17 AS build$")
                .containsPattern("(?m)^FROM eclipse-temurin:17-jre$");
        Matcher user = Pattern.compile("(?m)^USER (\\S+)$").matcher(dockerfile);
        assertThat(user.find()).as("a USER line").isTrue();
        assertThat(user.group(1)).isNotIn("root", "0");
        // the jar Maven makes is the one copied and run
        String jar = "bootstrap/target/" + finalName() + ".jar";
        assertThat(dockerfile).contains("COPY --from=build /src/" + jar + " /app/managed-mrr.jar")
                .contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/managed-mrr.jar\"]");
    }

    @Test
    void thePortExposed_andPublished_isTheServersDefault() throws IOException {
        assertThat(read("Dockerfile")).containsPattern("(?m)^EXPOSE " + Config.DEFAULT_HTTP_PORT + "$")
                .contains("MRR_HTTP_PORT=" + Config.DEFAULT_HTTP_PORT);
        String compose = read("compose.yaml");
        assertThat(compose).contains("- \"" + Config.DEFAULT_HTTP_PORT + ":" + Config.DEFAULT_HTTP_PORT + "\"")
                .contains("MRR_HTTP_PORT: \"" + Config.DEFAULT_HTTP_PORT + "\"");
    }

    @Test
    void theHealthChecks_askAPathTheServerAnswers200_whenReady() throws Exception {
        for (String file : List.of("Dockerfile", "compose.yaml")) {
            Matcher check = Pattern.compile("GET (/\\S+) HTTP/1.0").matcher(read(file));
            assertThat(check.find()).as(file + " has a health check over HTTP").isTrue();
            String path = check.group(1);
            assertThat(path).isEqualTo("/ready");
            assertThat(HttpCalls.get(server.port(), path).statusCode()).as(file + ": GET " + path).isEqualTo(200);
        }
        assertThat(read("Dockerfile")).contains("HEALTHCHECK ");
    }

    @Test
    void everyVariableTheRecipesSet_isOneTheServerReads_andTheDefaultsAgree() throws IOException {
        Set<String> known = new TreeSet<>(Config.VARIABLES.stream().map(Config.Variable::name).toList());
        for (String file : List.of("Dockerfile", "compose.yaml")) {
            Matcher names = VARIABLE.matcher(read(file));
            Set<String> used = new TreeSet<>();
            while (names.find()) {
                used.add(names.group());
            }
            assertThat(used).as(file).isNotEmpty();
            assertThat(known).as(file + " uses only variables the server reads").containsAll(used);
        }
        String dockerfile = read("Dockerfile");
        assertThat(dockerfile).contains("MRR_DATABASE_POOL_SIZE=" + Config.DEFAULT_DATABASE_POOL_SIZE)
                .contains("MRR_SHUTDOWN_GRACE=" + Config.format(Config.DEFAULT_SHUTDOWN_GRACE))
                .contains("MRR_DRAIN=" + Config.format(Config.DEFAULT_DRAIN))
                .contains("MRR_HTTP_HOST=" + Config.DEFAULT_HTTP_HOST);
    }

    @Test
    void compose_runsPostgreSQL17AndPointsTheServerAtIt() throws IOException {
        String compose = read("compose.yaml");

        assertThat(compose).contains("image: postgres:17").contains("build: .")
                .contains("MRR_DATABASE_URL: postgresql://mrr:${DB_PASSWORD:?set DB_PASSWORD}@db:5432/mrr")
                .contains("condition: service_healthy");
    }

    private static String finalName() throws IOException {
        Matcher name = Pattern.compile("<finalName>([^<]+)</finalName>").matcher(read("bootstrap/pom.xml"));
        assertThat(name.find()).isTrue();
        return name.group(1);
    }

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file));
    }
}
