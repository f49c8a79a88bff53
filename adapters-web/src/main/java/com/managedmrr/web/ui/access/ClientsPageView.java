package com.managedmrr.web.ui.access;

import com.managedmrr.web.ui.Pagination;

import java.util.List;
import java.util.Map;

/**
 * The Clients tab (and its rows alone, for htmx): a page of clients, the search as sent with its error, and whether
 * the search error is swapped out of band.
 */
public record ClientsPageView(List<ClientRowView> rows, Pagination pagination, String showing, String q,
                              Map<String, String> errors, int totalClients, boolean oob, String nav, String tab) {
}
