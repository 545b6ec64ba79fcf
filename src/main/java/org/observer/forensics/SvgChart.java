package org.observer.forensics;

import java.util.Locale;

/**
 * The frame the forensics charts share: a square plot with percentage axes, drawn as a standalone,
 * accessible SVG string: {@code role="img"} named by its {@code <title>} and described by its
 * {@code <desc>}, no script, no link, nothing loaded from elsewhere, so a page can inline it under
 * its strict content security policy. Words come from the caller (the message bundles), escaped here.
 */
final class SvgChart {
    static final int PLOT = 400;
    static final int LEFT = 52;
    static final int TOP = 12;
    static final int RIGHT = 12;
    static final int BOTTOM = 44;
    static final String INK = "#1f2937";
    static final String MARK = "#1d4ed8";

    private final StringBuilder svg = new StringBuilder(16_384);

    /**
     * @param id unique on the page: the title's and description's ids derive from it
     * @param labels the chart's words, already in the reader's language
     */
    SvgChart(String id, ChartLabels labels) {
        String safeId = id.replaceAll("[^A-Za-z0-9_-]", "_");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(LEFT + PLOT + RIGHT).append(' ')
                .append(TOP + PLOT + BOTTOM).append("\" role=\"img\" aria-labelledby=\"").append(safeId).append("-title ")
                .append(safeId).append("-desc\" font-family=\"sans-serif\" font-size=\"12\">")
                .append("<title id=\"").append(safeId).append("-title\">").append(escape(labels.title())).append("</title>")
                .append("<desc id=\"").append(safeId).append("-desc\">").append(escape(labels.description())).append("</desc>");
        axes(labels);
    }

    /** x in the plot for a fraction 0..1 of the horizontal axis. */
    static double x(double fraction) {
        return LEFT + fraction * PLOT;
    }

    /** y in the plot for a fraction 0..1 of the vertical axis, 0 at the bottom. */
    static double y(double fraction) {
        return TOP + (1 - fraction) * PLOT;
    }

    SvgChart append(String markup) {
        svg.append(markup);
        return this;
    }

    String finish() {
        // the frame last, so that it is drawn over the cells at the edges
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(PLOT)
                .append("\" height=\"").append(PLOT).append("\" fill=\"none\" stroke=\"").append(INK).append("\"/></svg>");
        return svg.toString();
    }

    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void axes(ChartLabels labels) {
        svg.append("<g fill=\"").append(INK).append("\" stroke=\"").append(INK).append("\">");
        for (int percent = 0; percent <= 100; percent += 25) {
            double at = percent / 100.0;
            svg.append("<line x1=\"").append(number(x(at))).append("\" y1=\"").append(TOP + PLOT).append("\" x2=\"")
                    .append(number(x(at))).append("\" y2=\"").append(TOP + PLOT + 5).append("\"/>")
                    .append("<text stroke=\"none\" text-anchor=\"middle\" x=\"").append(number(x(at))).append("\" y=\"")
                    .append(TOP + PLOT + 18).append("\">").append(percent).append("%</text>")
                    .append("<line x1=\"").append(LEFT - 5).append("\" y1=\"").append(number(y(at))).append("\" x2=\"")
                    .append(LEFT).append("\" y2=\"").append(number(y(at))).append("\"/>")
                    .append("<text stroke=\"none\" text-anchor=\"end\" x=\"").append(LEFT - 8).append("\" y=\"")
                    .append(number(y(at) + 4)).append("\">").append(percent).append("%</text>");
        }
        svg.append("<text stroke=\"none\" text-anchor=\"middle\" x=\"").append(number(x(0.5))).append("\" y=\"")
                .append(TOP + PLOT + 38).append("\">").append(escape(labels.xAxis())).append("</text>")
                .append("<text stroke=\"none\" text-anchor=\"middle\" transform=\"translate(14 ").append(number(y(0.5)))
                .append(") rotate(-90)\">").append(escape(labels.yAxis())).append("</text></g>");
    }
}
