package com.managedmrr.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainArgumentsTest {

    @Test
    void noArguments_theServerStartsWithoutDemoData() {
        assertThat(Main.demo()).contains(false);
        assertThat(Main.command()).contains(Main.Command.RUN);
    }

    @Test
    void demo_theServerSeedsTheDemoPartner() {
        assertThat(Main.demo("--demo")).contains(true);
    }

    @Test
    void helpOrVersion_thoseAreAskedFor() {
        assertThat(Main.command("--help")).contains(Main.Command.HELP);
        assertThat(Main.command("--version")).contains(Main.Command.VERSION);
        assertThat(Main.demo("--help")).isEmpty();
    }

    @Test
    void anUnknownArgument_theUsageIsShownInstead() {
        assertThat(Main.command("--verbose")).isEmpty();
        assertThat(Main.command("--demo", "extra")).isEmpty();
        assertThat(Main.USAGE).contains("--demo", "--help", "--version");
    }

    @Test
    void version_isTheBuildsVersion() {
        assertThat(Main.version()).isEqualTo("managed-mrr " + BuildInfo.version());
        assertThat(BuildInfo.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
