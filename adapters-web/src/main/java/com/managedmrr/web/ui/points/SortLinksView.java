package com.managedmrr.web.ui.points;

import com.managedmrr.application.credit.BreakdownSort;
import com.managedmrr.web.ui.Paths;

/** The breakdown table's column headers as sort links, one per column, in the order the table shows them. */
public record SortLinksView(SortLink client, SortLink hubId, SortLink currency, SortLink mrr, SortLink credit,
                            SortLink points, SortLink sharedWith, SortLink lastActivity, SortLink expiresOn) {

    /**
     * One column's header: the link that sorts by it (ascending, or the other way round when the table is sorted by
     * it already), and, for the column the table is sorted by, its {@code aria-sort} and a mark (▲ or ▼).
     */
    public record SortLink(String id, String url, String ariaSort, String mark) {
    }

    static SortLinksView of(FilterBreakdownForm form) {
        BreakdownSort current = form.breakdownSort();
        return new SortLinksView(
                link(form, current, BreakdownSort.Column.CLIENT),
                link(form, current, BreakdownSort.Column.HUB_ID),
                link(form, current, BreakdownSort.Column.CURRENCY),
                link(form, current, BreakdownSort.Column.MRR),
                link(form, current, BreakdownSort.Column.CREDIT),
                link(form, current, BreakdownSort.Column.POINTS),
                link(form, current, BreakdownSort.Column.SHARED_WITH),
                link(form, current, BreakdownSort.Column.LAST_ACTIVITY),
                link(form, current, BreakdownSort.Column.EXPIRES_ON));
    }

    private static SortLink link(FilterBreakdownForm form, BreakdownSort current, BreakdownSort.Column column) {
        boolean sorted = current.column() == column;
        BreakdownSort.Direction next = sorted ? current.direction().reversed() : BreakdownSort.Direction.ASCENDING;
        String url = Paths.withQuery(Paths.POINTS, form.sortedBy(new BreakdownSort(column, next)).query(1));
        String id = "sort-" + FilterBreakdownForm.key(column);
        if (!sorted) {
            return new SortLink(id, url, null, null);
        }
        boolean ascending = current.direction() == BreakdownSort.Direction.ASCENDING;
        return new SortLink(id, url, ascending ? "ascending" : "descending", ascending ? "▲" : "▼");
    }
}
