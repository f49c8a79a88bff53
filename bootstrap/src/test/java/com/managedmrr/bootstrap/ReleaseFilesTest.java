package com.managedmrr.bootstrap;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files that go with a release: the Apache-2.0 licence, a Keep a Changelog CHANGELOG starting at 0.1.0, one
 * version in every pom (the one the build reports), and docs/operations.md with its sections, naming only settings
 * the server reads.
 */
class ReleaseFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theLicence_isApache2() throws IOException {
        String licence = Files.readString(ROOT.resolve("LICENSE"));

        assertThat(licence).contains("Apache License").contains("Version 2.0, January 2004")
                .contains("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION");
    }

    @Test
    void theChangelog_followsKeepAChangelog_fromUnreleasedDownTo010() throws IOException {
        String changelog = Files.readString(ROOT.resolve("CHANGELOG.md"));

        assertThat(changelog).startsWith("# Changelog").contains("Keep a Changelog").contains("## [Unreleased]")
                .containsPattern("(?m)^## \\[0\\.1\\.0\\]").containsPattern("(?m)^### Added$");
        assertThat(changelog.indexOf("## [Unreleased]")).isLessThan(changelog.indexOf("## [0.1.0]"));
        assertThat(BuildInfo.version()).startsWith("0.1.0");
    }

    @Test
    void everyPom_hasTheVersionTheBuildReports() throws IOException {
        List<Path> poms;
        try (Stream<Path> modules = Files.list(ROOT)) {
            poms = modules.map(module -> module.resolve("pom.xml")).filter(Files::isRegularFile).toList();
        }
        assertThat(poms).hasSizeGreaterThanOrEqualTo(6);
        Pattern ownVersion = Pattern.compile("<artifactId>(managed-mrr|[a-z-]+)</artifactId>\\s*<version>([^<]+)</version>");
        for (Path pom : poms.stream().filter(p -> !p.getParent().equals(ROOT)).toList()) {
            Matcher parent = ownVersion.matcher(Files.readString(pom));
            assertThat(parent.find()).as(pom.toString()).isTrue();
            assertThat(parent.group(2)).as(pom + ": the parent's version").isEqualTo(BuildInfo.version());
        }
        Matcher root = ownVersion.matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(root.find()).isTrue();
        assertThat(root.group(2)).isEqualTo("0.1.0-SNAPSHOT").isEqualTo(BuildInfo.version());
    }

    @Test
    void theOperationsGuide_coversDeployToMetrics_andNamesOnlySettingsTheServerReads() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/operations.md"));

        assertThat(guide).contains("## Deploy", "## Configure", "## Back up and restore", "## Upgrade", "## Scale out",
                "## Sizing", "## What to watch on /metrics");
        assertThat(guide).contains("pg_dump", "pg_restore", "data/postgres", "never edit", "docs/benchmarks.md");
        Set<String> named = new TreeSet<>();
        Matcher variables = Pattern.compile("\\bMRR_[A-Z_]+\\b").matcher(guide);
        while (variables.find()) {
            named.add(variables.group());
        }
        assertThat(Config.VARIABLES.stream().map(Config.Variable::name).toList()).containsAll(named);
        // the figures quoted are the benchmark report's
        String benchmarks = Files.readString(ROOT.resolve("docs/benchmarks.md"));
        for (String figure : List.of("10,633 activities/s", "22,800 activities/s", "291.1 MiB", "1679 MB", "3258 MB",
                "6764 MB", "| 513 |")) {
            assertThat(benchmarks).as("docs/benchmarks.md has " + figure).contains(figure);
        }
        assertThat(guide).contains("10,633", "22,800", "291 MiB", "1.7 GB", "3.3 GB", "6.8 GB", "513 shared buffers");
    }
}
