package org.observer.results;

import java.util.ArrayList;
import java.util.List;

/**
 * Columns of stacked segments (a histogram, or reports per hour by severity), laid out here for the
 * template to draw as SVG: every segment comes with its place and size.
 */
public record ColumnChart(int width, int height, List<Column> columns, List<Legend> legend, long highest) {
    static final int PLOT = 120;
    static final int COLUMN = 16;
    static final int GAP = 2;

    /** A part of a column: {@code series} is its series' key (a severity), for its title. */
    public record Segment(int x, int y, int height, String colour, String series, long value) {
    }

    public record Column(String label, int x, int labelY, long total, List<Segment> segments, boolean labelled) {
    }

    public record Legend(String key, String colour, int x) {
    }

    /**
     * @param stacks per column, the values of each series (in the order of {@code series})
     * @param labelEvery label every n-th column, so that labels do not overlap on a phone
     */
    public static ColumnChart of(List<String> labels, List<long[]> stacks, List<String> series, List<String> colours,
            int labelEvery) {
        long highest = 0;
        for (long[] stack : stacks) {
            long total = 0;
            for (long v : stack) {
                total += v;
            }
            highest = Math.max(highest, total);
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < labels.size(); c++) {
            int x = c * (COLUMN + GAP);
            int top = PLOT;
            long total = 0;
            List<Segment> segments = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                long value = stacks.get(c)[s];
                // a count too small for a pixel still shows: a thin line, not nothing
                int size = value == 0 ? 0 : Math.max(1, (int) Math.round((double) PLOT * value / highest));
                top -= size;
                total += value;
                if (size > 0) {
                    segments.add(new Segment(x, top, size, colours.get(s), series.get(s), value));
                }
            }
            columns.add(new Column(labels.get(c), x, PLOT + 14, total, segments, c % labelEvery == 0));
        }
        List<Legend> legend = new ArrayList<>();
        for (int s = 0; s < series.size() && series.size() > 1; s++) {
            legend.add(new Legend(series.get(s), colours.get(s), s * 90));
        }
        return new ColumnChart(Math.max(labels.size() * (COLUMN + GAP), 360), PLOT + (legend.isEmpty() ? 20 : 40),
                columns, legend, highest);
    }

    /** Whether the columns stack several series, whose names the segments' titles then give. */
    public boolean stacked() {
        return !legend.isEmpty();
    }
}
