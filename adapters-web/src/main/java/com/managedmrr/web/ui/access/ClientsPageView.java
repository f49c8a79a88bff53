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
     * The numbers are written plain ({@code 2000}), as the Points breakdown's line writes them, so the messages take
     * them as {@code {1}}, {@code {2}}, {@code {3}} and leave the count's own {@code {0}} unused.
     */
    static String showing(Pagination pagination, Texts texts) {
        int total = pagination.total();
        if (total == 0) {
            return "";
        }
        String all = Integer.toString(total);
        if (pagination.from() == 1 && pagination.to() == total) {
            return texts.count("access.clients.showing.all", total, all);
        }
        String from = Integer.toString(pagination.from());
        return pagination.from() == pagination.to() ? texts.count("access.clients.showing.last", total, all, from)
                : texts.count("access.clients.showing.range", total, all, from, Integer.toString(pagination.to()));
    }
}
