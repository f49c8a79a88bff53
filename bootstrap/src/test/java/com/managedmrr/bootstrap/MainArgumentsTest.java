package com.managedmrr.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainArgumentsTest {

    @Test
    void givenNoArguments_theServerStartsWithoutDemoData() {
        assertThat(Main.demo()).contains(false);
    }

    @Test
    void givenDemo_theServerSeedsTheDemoPartner() {
        assertThat(Main.demo("--demo")).contains(true);
    }

    @Test
    void givenAnUnknownArgument_theUsageIsShownInstead() {
        assertThat(Main.demo("--help")).isEmpty();
        assertThat(Main.demo("--demo", "extra")).isEmpty();
        assertThat(Main.USAGE).contains("--demo");
    }
}
