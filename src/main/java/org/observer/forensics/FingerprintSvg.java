package org.observer.forensics;

/**
 * The fingerprint histogram as SVG: a square per non-empty cell, turnout across, the leading share
 * up, darker for more stations. The shade follows log(1 + count), as in Klimek et al.'s figures:
 * with a linear shade the crowded centre would leave a few odd stations invisible. Shades come in
 * {@value #SHADES} steps, one path each, with the cells in bin units: 10,200 stations on 100 x 100
 * bins make about 32 KB instead of 138 KB as single rectangles.
 */
public final class FingerprintSvg {
    static final int SHADES = 8;

    private FingerprintSvg() {
    }

    public static String of(Fingerprint fingerprint, String id, ChartLabels labels) {
        StringBuilder[] paths = new StringBuilder[SHADES];
        double scale = Math.log1p(fingerprint.largestCell());
        for (int column = 0; column < fingerprint.turnoutBins(); column++) {
            for (int row = 0; row < fingerprint.shareBins(); row++) {
                double count = fingerprint.counts()[column][row];
                if (count > 0) {
                    int shade = Math.min(SHADES - 1, (int) (SHADES * Math.log1p(count) / scale));
                    if (paths[shade] == null) {
                        paths[shade] = new StringBuilder();
                    }
                    // y counts down from the top in SVG: the highest share is row 0 of the picture
                    paths[shade].append('M').append(column).append(' ').append(fingerprint.shareBins() - 1 - row).append("h1v1h-1z");
                }
            }
        }
        StringBuilder cells = new StringBuilder("<g fill=\"").append(SvgChart.MARK).append("\" shape-rendering=\"crispEdges\" transform=\"translate(")
                .append(SvgChart.LEFT).append(' ').append(SvgChart.TOP).append(") scale(")
                .append(SvgChart.number((double) SvgChart.PLOT / fingerprint.turnoutBins())).append(' ')
                .append(SvgChart.number((double) SvgChart.PLOT / fingerprint.shareBins())).append(")\">");
        for (int shade = 0; shade < SHADES; shade++) {
            if (paths[shade] != null) {
                cells.append("<path fill-opacity=\"").append(SvgChart.number(0.125 * (shade + 1))).append("\" d=\"")
                        .append(paths[shade]).append("\"/>");
            }
        }
        return new SvgChart(id, labels).append(cells.append("</g>").toString()).finish();
    }
}
