package com.managedmrr.web.ui;

import java.util.List;
import java.util.function.IntFunction;

/**
 * One page of a long list (50 rows by default) and the links around it.
 *
 * @param page     1-based, clamped to the pages there are
 * @param pages    at least 1
 * @param total    rows in the whole list
 * @param from     1-based number of the first row shown (0 when there are none)
 * @param to       number of the last row shown
 * @param prevUrl  null on the first page
 * @param nextUrl  null on the last page
 */
public record Pagination(int page, int pages, int total, int from, int to, String prevUrl, String nextUrl) {

    public static final int PAGE_SIZE = 50;

    /** The rows of the requested page, and the pagination for it; {@code urlOfPage} builds a page's link. */
    public static <T> Paged<T> of(List<T> rows, int requestedPage, IntFunction<String> urlOfPage) {
        int total = rows.size();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, requestedPage), pages);
        int fromIndex = (page - 1) * PAGE_SIZE;
        int toIndex = Math.min(total, fromIndex + PAGE_SIZE);
        Pagination pagination = new Pagination(page, pages, total, total == 0 ? 0 : fromIndex + 1, toIndex,
                page > 1 ? urlOfPage.apply(page - 1) : null,
                page < pages ? urlOfPage.apply(page + 1) : null);
        return new Paged<>(rows.subList(fromIndex, toIndex), pagination);
    }

    /**
     * The line over a page of clients, in the texts' language: how many when all fit on the page ("Showing 1–3 of 3
     * clients", "3 klienci"), otherwise which rows of how many ("Showing 51–72 of 2,072 clients", "51–72 z 2 072
     * klientów"); empty when there are none.
     */
    public String showingClients(Texts texts) {
        if (total == 0) {
            return "";
        }
        if (from == 1 && to == total) {
            return texts.count("common.showingClients.all", total);
        }
        return from == to
                ? texts.count("common.showingClients.last", total, texts.number(from))
                : texts.count("common.showingClients.range", total, texts.number(from), texts.number(to));
    }

    public boolean several() {
        return pages > 1;
    }

    /** Parses a {@code page} query value; anything but a positive number is page 1. */
    public static int parsePage(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 9) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(raw.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    public record Paged<T>(List<T> rows, Pagination pagination) {
    }
}
