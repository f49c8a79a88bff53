package com.managedmrr.web.ui.access;

import com.managedmrr.web.ui.Language;
import com.managedmrr.web.ui.Pagination;
import com.managedmrr.web.ui.Texts;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The access bundle's counts in both languages, and that Polish has every message English has. */
class AccessTextsTest {

    private static final Texts EN = Texts.in(Language.EN);
    private static final Texts PL = Texts.in(Language.PL);

    @Test
    void theListsLine_readsAsBefore_inEnglish() {
        assertThat(ClientsPageView.showing(page(1, 1), EN)).isEqualTo("Showing 1 client");
        assertThat(ClientsPageView.showing(page(2, 1), EN)).isEqualTo("Showing 1–2 of 2 clients");
        assertThat(ClientsPageView.showing(page(72, 1), EN)).isEqualTo("Showing 1–50 of 72 clients");
        assertThat(ClientsPageView.showing(page(51, 2), EN)).isEqualTo("Showing 51 of 51 clients");
        assertThat(ClientsPageView.showing(page(2000, 1), EN)).isEqualTo("Showing 1–50 of 2000 clients");
        assertThat(ClientsPageView.showing(page(0, 1), EN)).isEmpty();
    }

    @Test
    void theListsLine_inPolish_countsInTheNominative_andRangesInTheGenitive() {
        assertThat(ClientsPageView.showing(page(1, 1), PL)).isEqualTo("1 klient");
        assertThat(ClientsPageView.showing(page(3, 1), PL)).isEqualTo("3 klienci");
        assertThat(ClientsPageView.showing(page(5, 1), PL)).isEqualTo("5 klientów");
        assertThat(ClientsPageView.showing(page(12, 1), PL)).isEqualTo("12 klientów");
        assertThat(ClientsPageView.showing(page(22, 1), PL)).isEqualTo("22 klienci");
        assertThat(ClientsPageView.showing(page(72, 2), PL)).isEqualTo("51–72 z 72 klientów");
        assertThat(ClientsPageView.showing(page(51, 2), PL)).isEqualTo("51 z 51 klientów");
        assertThat(ClientsPageView.showing(page(2000, 1), PL)).isEqualTo("1–50 z 2000 klientów");
    }

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

    @Test
    void polish_hasEveryAccessMessageOfEnglish_withItsPluralForms() {
        assertThat(keys(PL)).isEqualTo(keys(EN));
        for (String key : EN.messages().keySet()) {
            if (key.startsWith("access.") && key.endsWith(".other")) {
                String stem = key.substring(0, key.length() - ".other".length());
                assertThat(PL.has(stem + ".one") && PL.has(stem + ".few") && PL.has(stem + ".many"))
                        .as("the Polish forms of %s", stem).isTrue();
            }
        }
    }

    /** The access keys without their plural endings. */
    private static Set<String> keys(Texts texts) {
        return texts.messages().keySet().stream().filter(key -> key.startsWith("access."))
                .map(key -> key.replaceFirst("\\.(one|few|many|other)$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The pagination of a list of {@code total} clients at the given page. */
    private static Pagination page(int total, int page) {
        return Pagination.of(Collections.nCopies(total, "client"), page, p -> "/ui/clients?page=" + p).pagination();
    }
}
