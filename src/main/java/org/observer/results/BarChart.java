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
    /** A row: the label's line (names of parties are long: on a phone they get the whole width), then the bar. */
    static final int ROW = 34;
    static final int WIDTH = 360;

    /**
     * A bar: its label in the reader's language and its percentage, which the template formats; the label's
     * baseline {@code labelY}, the bar's top {@code y}, where its value is written ({@code valueX},
     * {@code textY}: after the bar and clear of the marker).
     */
    public record Bar(LocalizedName label, BigDecimal percent, String colour, int labelY, int y, int length,
            int valueX, int textY) {
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
        int room = WIDTH - 60;
        int marker = markerPercent == null || longest == 0 ? -1
                : (int) Math.round(room * markerPercent.doubleValue() / longest);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int length = longest == 0 ? 0 : (int) Math.round(room * percents.get(i).doubleValue() / longest);
            bars.add(new Bar(labels.get(i), percents.get(i), colours.get(i), i * ROW + 12, i * ROW + 16, length,
                    Math.max(length, marker) + 4, i * ROW + 28));
        }
        return new BarChart(WIDTH, labels.size() * ROW + 4, bars, markerPercent, marker);
    }
}
