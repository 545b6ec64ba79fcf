package org.observer.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.observer.election.LocalizedName;

/**
 * A horizontal bar chart the page draws as SVG, laid out here so the template only places what it
 * is given: one bar per line, its length a share of the longest.
 */
public record BarChart(int width, int height, List<Bar> bars, BigDecimal markerPercent, int markerX) {
    static final int ROW = 28;
    static final int LABEL = 120;
    static final int WIDTH = 360;

    /** A bar: its label in the reader's language and its percentage, which the template formats. */
    public record Bar(LocalizedName label, BigDecimal percent, String colour, int y, int length, int textY) {
    }

    /** The share of each ballot line, with the threshold as the marker. */
    public static BarChart of(NationalResult result) {
        return of(result.lines().stream().map(NationalResult.LineResult::name).toList(),
                result.lines().stream().map(NationalResult.LineResult::sharePercent).toList(),
                result.lines().stream().map(NationalResult.LineResult::colour).toList(), result.thresholdPercent());
    }

    /** Bars of percentages; the marker (a threshold, or null) is drawn as a vertical line. */
    public static BarChart of(List<LocalizedName> labels, List<BigDecimal> percents, List<String> colours,
            BigDecimal markerPercent) {
        double longest = percents.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        if (markerPercent != null) {
            longest = Math.max(longest, markerPercent.doubleValue());
        }
        int room = WIDTH - LABEL - 50;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int length = longest == 0 ? 0 : (int) Math.round(room * percents.get(i).doubleValue() / longest);
            bars.add(new Bar(labels.get(i), percents.get(i), colours.get(i), i * ROW + 4, length, i * ROW + 20));
        }
        int marker = markerPercent == null || longest == 0 ? -1
                : LABEL + (int) Math.round(room * markerPercent.doubleValue() / longest);
        return new BarChart(WIDTH, labels.size() * ROW + 8, bars, markerPercent, marker);
    }
}
