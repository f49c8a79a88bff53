package com.managedmrr.web.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.managedmrr.web.ui.UiClient.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin UI's forms refuse text that cannot be stored as sent (NUL, bytes that are not UTF-8) with 400 before any
 * field is read: never a 5xx, never a change made with replaced characters.
 */
class HostileFormTextTest {

    private TestUi ui;

    @BeforeEach
    void start() {
        ui = TestUi.start();
        Scenario.build(ui);
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void nulInASignInField_theFormIsRefusedWith400() {
        UiClient.Reply reply = ui.client().signIn(Scenario.ADMIN + "\u0000", Scenario.PASSWORD);

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.body()).doesNotContain("Exception");
    }

    @Test
    void nulInAFormOfASignedInAdmin_theFormIsRefusedWith400() {
        UiClient admin = Scenario.signedIn(ui);
        admin.get("/ui/clients");

        UiClient.Reply reply = admin.htmxPost("/ui/clients/501/employees", form("email", "bo@acme.example\u0000"));

        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.body()).doesNotContain("Exception");
    }
}
