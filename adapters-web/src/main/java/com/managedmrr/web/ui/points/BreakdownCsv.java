package com.managedmrr.web.ui.points;

import com.managedmrr.domain.credit.BreakdownRow;
import com.managedmrr.web.ui.Formats;

import java.time.Instant;
import java.util.List;

/**
 * The Points breakdown table as CSV (RFC 4180, CRLF line ends): plain decimals, ISO dates, and any text that a
 * spreadsheet would take for a formula prefixed with an apostrophe.
 */
final class BreakdownCsv {

    static final String HEADER = "Client,Hub ID,Currency,MRR,Managed credit,Points,Shared with,Servicing,"
            + "Last qualifying activity,Expires on";

    private BreakdownCsv() {
    }

    static String of(List<BreakdownRow> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (BreakdownRow row : rows) {
            csv.append(cell(row.client().name())).append(',')
                    .append(row.client().hubId().value()).append(',')
                    .append(row.client().currency().code()).append(',')
                    .append(Formats.plain(row.client().mrr())).append(',')
                    .append(Formats.plain(row.credit())).append(',')
                    .append(Formats.plain(row.points())).append(',')
                    .append(row.sharedWith()).append(',')
                    .append(row.servicing() ? "yes" : "no").append(',')
                    .append(row.lastActivityAt().map(Instant::toString).orElse("")).append(',')
                    .append(row.expiresAt().map(Instant::toString).orElse(""))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String cell(String text) {
        String value = text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0
                || value.startsWith("'")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
