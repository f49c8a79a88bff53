package com.managedmrr.web.ui.points;

import com.managedmrr.web.ui.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart of the partner's managed points, drawn as server-side SVG geometry: one bar per instant (month ends
 * behind, today, month ends ahead as a projection), a y axis with round gridlines, and the same figures as a table.
 */
public record PointsChartView(int width, int height, int plotLeft, int plotBottom, int plotRight, List<Bar> bars,
                              List<GridLine> gridLines, String summary) {

    static final int WIDTH = 720;
    static final int HEIGHT = 240;
    static final int LEFT = 64;
    static final int RIGHT = 12;
    static final int TOP = 16;
    static final int BOTTOM = 40;

    /** One bar: where it is drawn and what it says ({@code title}: its date, whether projected, its points). */
    public record Bar(int x, int y, int width, int height, int labelX, int labelY, String label, String value,
                      String date, boolean projected, boolean today, String title) {
    }

    /** A horizontal gridline with its value. */
    public record GridLine(int y, int labelY, String label) {
    }

    /** A point of the series: the instant, the date it stands for, the managed points then. */
    record Point(Instant at, LocalDate date, BigDecimal points, boolean projected, boolean today) {
    }

    static PointsChartView of(List<Point> points, Texts texts) {
        BigDecimal max = points.stream().map(Point::points).reduce(BigDecimal.ZERO, BigDecimal::max);
        BigDecimal top = niceCeiling(max);
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int plotWidth = WIDTH - LEFT - RIGHT;
        int slot = plotWidth / Math.max(1, points.size());
        int barWidth = Math.max(8, slot * 3 / 5);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            int barHeight = top.signum() == 0 ? 0 : point.points().multiply(BigDecimal.valueOf(plotHeight))
                    .divide(top, 0, RoundingMode.HALF_UP).intValue();
            int x = LEFT + i * slot + (slot - barWidth) / 2;
            int y = TOP + plotHeight - barHeight;
            String label = point.today() ? texts.get("points.chart.today") : texts.shortMonth(point.date());
            String value = texts.amount(point.points());
            String date = texts.date(point.date());
            String title = point.projected()
                    ? texts.get("points.chart.bar.projected", date, value)
                    : texts.get("points.chart.bar", date, value);
            bars.add(new Bar(x, y, barWidth, Math.max(barHeight, 1), x + barWidth / 2, HEIGHT - BOTTOM + 18, label,
                    value, date, point.projected(), point.today(), title));
        }
        int steps = gridSteps(top);
        List<GridLine> grid = new ArrayList<>();
        for (int step = 0; step <= steps; step++) {
            BigDecimal value = top.multiply(BigDecimal.valueOf(step))
                    .divide(BigDecimal.valueOf(steps), 2, RoundingMode.HALF_UP).stripTrailingZeros();
            int y = TOP + plotHeight - plotHeight * step / steps;
            grid.add(new GridLine(y, y + 4, texts.amount(value.scale() < 0 ? value.setScale(0) : value)));
        }
        List<String> figures = bars.stream()
                .map(b -> {
                    String when = b.today() ? texts.get("points.chart.summary.today") : b.date();
                    return b.projected()
                            ? texts.get("points.chart.summary.itemProjected", when, b.value())
                            : texts.get("points.chart.summary.item", when, b.value());
                })
                .toList();
        String summary = texts.get("points.chart.summary",
                String.join(texts.get("points.chart.summary.separator"), figures));
        return new PointsChartView(WIDTH, HEIGHT, LEFT, TOP + plotHeight, WIDTH - RIGHT, bars, grid, summary);
    }

    /** Round gridlines: a top of 2 × 10^n in 4 steps, any other nice top in 5. */
    static int gridSteps(BigDecimal top) {
        BigDecimal leading = top;
        while (leading.compareTo(BigDecimal.TEN) >= 0) {
            leading = leading.divide(BigDecimal.TEN);
        }
        return leading.compareTo(BigDecimal.valueOf(2)) == 0 ? 4 : 5;
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least the value (at least 1). */
    static BigDecimal niceCeiling(BigDecimal value) {
        if (value.compareTo(BigDecimal.ONE) <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal magnitude = BigDecimal.ONE;
        while (magnitude.multiply(BigDecimal.TEN).compareTo(value) < 0) {
            magnitude = magnitude.multiply(BigDecimal.TEN);
        }
        for (String factor : new String[] {"1", "2", "2.5", "5", "10"}) {
            BigDecimal candidate = magnitude.multiply(new BigDecimal(factor));
            if (candidate.compareTo(value) >= 0) {
                return candidate;
            }
        }
        return magnitude.multiply(BigDecimal.TEN);
    }
}
