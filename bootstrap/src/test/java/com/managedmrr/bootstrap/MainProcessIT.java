package com.managedmrr.bootstrap;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java ... Main --help | --version | --bogus} as a process: what it prints and its exit status. */
class MainProcessIT {

    record Run(int exitCode, String out, String err) {
    }

    @Test
    void help_printsTheUsageAndEveryVariable_andExits0() throws Exception {
        Run run = run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(Main.USAGE).contains("MRR_DATABASE_URL", "MRR_API_TOKENS", "MRR_DRAIN",
                "default: 8080", "Exit status");
    }

    @Test
    void version_printsTheBuildsVersion_andExits0() throws Exception {
        Run run = run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("managed-mrr " + BuildInfo.version() + "\n");
    }

    @Test
    void anUnknownArgument_printsTheUsage_andExits2() throws Exception {
        Run run = run("--verbose");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(Main.USAGE);
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not exit");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
