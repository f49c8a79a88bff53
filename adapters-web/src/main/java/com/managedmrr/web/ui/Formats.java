package com.managedmrr.web.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the admin UI writes money, points, dates and instants: always in UTC, always the same way. */
public final class Formats {

    public static final ZoneOffset ZONE = ZoneOffset.UTC;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    private Formats() {
    }

    /** A decimal with thousands separators and exactly its own scale: {@code 1,000.00}, {@code 450,000}. */
    public static String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        int scale = Math.max(0, value.scale());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(value);
    }

    public static String money(String currency, BigDecimal value) {
        return currency + " " + amount(value);
    }

    /** A plain decimal for machines (CSV): no separators. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    public static String month(LocalDate date) {
        return MONTH.format(date);
    }

    public static String shortMonth(LocalDate date) {
        return SHORT_MONTH.format(date);
    }

    public static LocalDate today(Instant now) {
        return now.atZone(ZONE).toLocalDate();
    }
}
