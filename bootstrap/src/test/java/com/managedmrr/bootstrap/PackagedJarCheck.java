package com.managedmrr.bootstrap;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shaded jar as shipped (run by failsafe after {@code package}): well under 50 MB, PostgreSQL binaries for Linux
 * x86-64 only, the dependencies' NOTICE files and the licence inside, and {@code --version} answering from it.
 */
class PackagedJarCheck {

    static final long MAX_BYTES = 50L * 1024 * 1024;

    private static Path jar() {
        String name = System.getProperty("managedmrr.jar");
        assertThat(name).as("the build passes the jar's path").isNotBlank();
        return Path.of(name);
    }

    @Test
    void theJar_isWellUnder50MB() throws IOException {
        long size = Files.size(jar());

        System.out.println("managed-mrr.jar: " + size + " bytes (" + size / (1024 * 1024) + " MiB)");
        assertThat(size).isLessThan(MAX_BYTES * 4 / 5);
    }

    @Test
    void theJar_carriesPostgreSQLForLinuxX8664Only() throws IOException {
        try (JarFile jar = new JarFile(jar().toFile())) {
            List<String> bundles = jar.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".txz")).toList();

            assertThat(bundles).containsExactly("postgres-linux-x86_64.txz");
        }
    }

    @Test
    void theJar_keepsTheDependenciesNoticesAndTheLicence() throws IOException {
        try (JarFile jar = new JarFile(jar().toFile())) {
            ZipEntry notice = jar.getEntry("META-INF/NOTICE");
            assertThat(notice).as("META-INF/NOTICE").isNotNull();
            String notices = new String(jar.getInputStream(notice).readAllBytes(), StandardCharsets.UTF_8);
            // merged from several dependencies, not the last one copied over the others
            assertThat(notices).contains("Apache Commons").contains("Jackson");

            ZipEntry licence = jar.getEntry("META-INF/managed-mrr/LICENSE");
            assertThat(licence).as("the product's licence").isNotNull();
            assertThat(new String(jar.getInputStream(licence).readAllBytes(), StandardCharsets.UTF_8))
                    .contains("Apache License").contains("Version 2.0");
        }
    }

    @Test
    void javaJar_version_printsTheBuildsVersion() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString(), "--version").redirectErrorStream(true).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println("java -jar managed-mrr.jar --version: " + out.strip() + " (exit " + process.exitValue() + ")");
        assertThat(process.exitValue()).isZero();
        assertThat(out).isEqualTo("managed-mrr " + BuildInfo.version() + "\n");
    }

    /** An operator reads one line naming the cause, not logback's account of reading its configuration first. */
    @Test
    void javaJar_withADatabaseThatDoesNotAnswer_printsOneLine_withoutLoggingSetUpNoise() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString()).redirectErrorStream(true);
        builder.environment().put("MRR_DATABASE_URL", "postgresql://postgres@127.0.0.1:1/managed_mrr");
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(out.lines().toList()).as(out).hasSize(1)
                .allSatisfy(line -> assertThat(line).startsWith("MRR_DATABASE_URL: no PostgreSQL answers at 127.0.0.1:1"));
    }
}
