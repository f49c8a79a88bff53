package com.managedmrr.web.ui.points;

/**
 * The partner's totals at the breakdown's instant (all rows, whatever the search), and how the table is filtered.
 *
 * @param projection the date is in the future: the figures assume no new activity
 */
public record TotalsView(String managedPoints, int servicedClients, int clients, String asOfLabel,
                         boolean projection, boolean today) {
}
