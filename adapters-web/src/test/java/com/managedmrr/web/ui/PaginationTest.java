package com.managedmrr.web.ui;

import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/** The line over a page of clients, in both languages. */
class PaginationTest {

    private static final Texts EN = Texts.in(Language.EN);
    private static final Texts PL = Texts.in(Language.PL);

    @Test
    void theListsLine_inEnglish_writesTheRangeOfAPluralTotal() {
        assertThat(page(1, 1).showingClients(EN)).isEqualTo("Showing 1 client");
        assertThat(page(2, 1).showingClients(EN)).isEqualTo("Showing 1–2 of 2 clients");
        assertThat(page(72, 1).showingClients(EN)).isEqualTo("Showing 1–50 of 72 clients");
        assertThat(page(51, 2).showingClients(EN)).isEqualTo("Showing 51 of 51 clients");
        assertThat(page(2000, 1).showingClients(EN)).isEqualTo("Showing 1–50 of 2,000 clients");
        assertThat(page(0, 1).showingClients(EN)).isEmpty();
    }

    @Test
    void theListsLine_inPolish_countsInTheNominative_andRangesInTheGenitive() {
        assertThat(page(1, 1).showingClients(PL)).isEqualTo("1 klient");
        assertThat(page(3, 1).showingClients(PL)).isEqualTo("3 klienci");
        assertThat(page(5, 1).showingClients(PL)).isEqualTo("5 klientów");
        assertThat(page(12, 1).showingClients(PL)).isEqualTo("12 klientów");
        assertThat(page(22, 1).showingClients(PL)).isEqualTo("22 klienci");
        assertThat(page(72, 2).showingClients(PL)).isEqualTo("51–72 z 72 klientów");
        assertThat(page(51, 2).showingClients(PL)).isEqualTo("51 z 51 klientów");
        assertThat(page(2000, 1).showingClients(PL)).isEqualTo("1–50 z 2\u00a0000 klientów");
    }

    /** The pagination of a list of {@code total} clients at the given page. */
    private static Pagination page(int total, int page) {
        return Pagination.of(Collections.nCopies(total, "client"), page, p -> "/ui/clients?page=" + p).pagination();
    }
}
