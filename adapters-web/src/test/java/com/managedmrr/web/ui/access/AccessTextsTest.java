package com.managedmrr.web.ui.access;

import com.managedmrr.web.ui.Language;
import com.managedmrr.web.ui.Texts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The access bundle's counts and sentences in both languages. */
class AccessTextsTest {

    private static final Texts EN = Texts.in(Language.EN);
    private static final Texts PL = Texts.in(Language.PL);

    @Test
    void theShareOfACredit_countsPartners_oneFewMany() {
        assertThat(PL.count("access.standing.partners", 1)).isEqualTo("1 partner (łącznie z Tobą)");
        assertThat(PL.count("access.standing.partners", 3)).isEqualTo("3 partnerzy (łącznie z Tobą)");
        assertThat(PL.count("access.standing.partners", 5)).isEqualTo("5 partnerów (łącznie z Tobą)");
        assertThat(EN.count("access.standing.partners", 1)).isEqualTo("1 partner (you included)");
        assertThat(EN.count("access.standing.partners", 3)).isEqualTo("3 partners (you included)");
    }

    @Test
    void theLimits_countTheirUnits() {
        assertThat(EN.count("access.error.pickAtMost", 100)).isEqualTo("Pick at most 100 employees at a time.");
        assertThat(PL.count("access.error.pickAtMost", 1)).isEqualTo("Wybierz naraz najwyżej 1 pracownika.");
        assertThat(PL.count("access.error.pickAtMost", 100)).isEqualTo("Wybierz naraz najwyżej 100 pracowników.");
        assertThat(PL.count("access.error.searchTooLong", 3)).isEqualTo("Wpisz najwyżej 3 znaki.");
        assertThat(PL.count("access.error.searchTooLong", 200)).isEqualTo("Wpisz najwyżej 200 znaków.");
    }

    @Test
    void addEmployees_saysWhoWasAssignedAndAdded() {
        assertThat(ClientsPageRoutes.added(EN, java.util.List.of("Bo Chen"), java.util.List.of(), "Globex"))
                .isEqualTo("Bo Chen is now assigned to Globex.");
        assertThat(ClientsPageRoutes.added(EN, java.util.List.of(), java.util.List.of(), "Globex"))
                .isEqualTo("Everyone picked was already assigned to Globex.");
        assertThat(ClientsPageRoutes.added(PL, java.util.List.of(), java.util.List.of(), "Globex"))
                .isEqualTo("Wszystkie wybrane osoby były już przypisane do klienta Globex.");
        assertThat(ClientsPageRoutes.added(PL, java.util.List.of("Bo Chen", "Cy Young"), java.util.List.of("Cy Young"),
                "Globex")).isEqualTo("Przypisano do klienta Globex: Bo Chen, Cy Young."
                + " Dodano jako aktywnego użytkownika konta klienta: Cy Young.");
    }
}
