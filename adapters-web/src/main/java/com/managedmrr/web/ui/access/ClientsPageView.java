package com.managedmrr.web.ui.access;

import com.managedmrr.web.ui.Pagination;
import com.managedmrr.web.ui.Texts;

import java.util.List;
import java.util.Map;

/**
 * The Clients tab (and its rows alone, for htmx): a page of clients, the search as sent with its error, and whether
 * the search error is swapped out of band.
 */
public record ClientsPageView(List<ClientRowView> rows, Pagination pagination, String showing, String q,
                              Map<String, String> errors, int totalClients, boolean oob, String nav, String tab) {

    /**
     * The line over a page of clients: how many in all when they fit on one page ({@code Showing 1–3 of 3 clients},
     * {@code 3 klienci}), otherwise which rows of how many ({@code 1–50 z 62 klientów}); empty when there are none.
     */
    static String showing(Pagination pagination, Texts texts) {
        int total = pagination.total();
        if (total == 0) {
            return "";
        }
        if (pagination.from() == 1 && pagination.to() == total) {
            return texts.count("access.clients.showing.all", total);
        }
        String from = texts.number(pagination.from());
        return pagination.from() == pagination.to() ? texts.count("access.clients.showing.last", total, from)
                : texts.count("access.clients.showing.range", total, from, texts.number(pagination.to()));
    }
}
