package org.observer.forensics;

import java.util.List;

/**
 * The cumulative winner votes as SVG: one line from 0 to 100% of the leader's votes against
 * turnout. At most {@value #MAXIMUM_POINTS} points are drawn (evenly spaced among the stations, the
 * last always kept): 10,200 points would weigh half a megabyte and look the same.
 */
public final class CumulativeCurveSvg {
    static final int MAXIMUM_POINTS = 500;

    private CumulativeCurveSvg() {
    }

    public static String of(CumulativeWinnerVotes curve, String id, ChartLabels labels) {
        SvgChart chart = new SvgChart(id, labels);
        List<CumulativeWinnerVotes.Point> points = curve.points();
        if (points.isEmpty()) {
            return chart.finish();
        }
        StringBuilder line = new StringBuilder("<polyline fill=\"none\" stroke=\"").append(SvgChart.MARK)
                .append("\" stroke-width=\"2\" points=\"");
        int step = Math.max(1, (int) Math.ceil((double) points.size() / MAXIMUM_POINTS));
        for (int i = 0; i < points.size(); i += step) {
            appendPoint(line, points.get(i));
        }
        if ((points.size() - 1) % step != 0) {
            appendPoint(line, points.get(points.size() - 1));
        }
        line.setLength(line.length() - 1);
        return chart.append(line.append("\"/>").toString()).finish();
    }

    private static void appendPoint(StringBuilder line, CumulativeWinnerVotes.Point point) {
        line.append(SvgChart.number(SvgChart.x(Math.min(1, point.turnout())))).append(',')
                .append(SvgChart.number(SvgChart.y(point.fraction()))).append(' ');
    }
}
