package org.observer.forensics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartSvgTest {
    static final ChartLabels LABELS = new ChartLabels("Turnout & share <nation>", "Each cell counts \"stations\".", "Turnout",
            "Share");

    @Test
    void fingerprintIsAccessibleWellFormedSvgWithASquarePerNonEmptyCell() throws Exception {
        String svg = FingerprintSvg.of(Fingerprint.of(FingerprintTest.STATIONS, 0, 10, 10, Fingerprint.Weight.STATIONS),
                "fp nation", LABELS);
        Element root = accessibleRoot(svg, "fp_nation");
        List<Element> shades = elements(root, "path");
        String allCells = shades.stream().map(path -> path.getAttribute("d")).reduce("", String::concat);
        assertThat(allCells.split("M")).hasSize(1 + 3);
        // one station in each cell, so all are the darkest shade; 100% turnout and 100% share is the top right cell
        assertThat(shades).hasSize(1);
        assertThat(shades.get(0).getAttribute("fill-opacity")).isEqualTo("1");
        assertThat(allCells).contains("M9 0h1v1h-1z").contains("M5 4h1v1h-1z").contains("M5 3h1v1h-1z");
    }

    @Test
    void fewerStationsAreALighterShade() throws Exception {
        List<StationCounts> stations = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            stations.add(new StationCounts(1, i, 100, 55, new long[] {30, 25})); // 30 in one cell
        }
        stations.add(new StationCounts(1, 99, 100, 95, new long[] {90, 5})); // one alone
        String svg = FingerprintSvg.of(Fingerprint.of(stations, 0, 10, 10, Fingerprint.Weight.STATIONS), "fp", LABELS);
        List<Element> shades = elements(accessibleRoot(svg, "fp"), "path");
        assertThat(shades).hasSize(2);
        // log(2) / log(31) of the scale: the third of eight shades
        assertThat(shades.get(0).getAttribute("fill-opacity")).isEqualTo("0.25");
        assertThat(shades.get(0).getAttribute("d")).isEqualTo("M9 0h1v1h-1z");
    }

    @Test
    void cumulativeCurveIsThinnedButEndsAtAllVotes() throws Exception {
        List<StationCounts> stations = new ArrayList<>();
        for (int i = 0; i < 1234; i++) {
            stations.add(new StationCounts(1, i, 1000, 200 + i / 2, new long[] {100, 50}));
        }
        String svg = CumulativeCurveSvg.of(CumulativeWinnerVotes.of(stations, 0), "curve", LABELS);
        Element root = accessibleRoot(svg, "curve");
        String[] points = elements(root, "polyline").get(0).getAttribute("points").split(" ");
        assertThat(points.length).isLessThanOrEqualTo(CumulativeCurveSvg.MAXIMUM_POINTS).isGreaterThan(100);
        // the last station: turnout 81.6%, all of the leader's votes (the top of the plot)
        assertThat(points[points.length - 1]).isEqualTo(SvgChart.number(SvgChart.x(0.816)) + "," + SvgChart.TOP);
        assertThat(CumulativeCurveSvg.of(CumulativeWinnerVotes.of(List.of(), 0), "empty", LABELS)).doesNotContain("polyline");
    }

    /** Parses the SVG (so it is well-formed XML) and checks what every chart must have and must not. */
    private static Element accessibleRoot(String svg, String id) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
        Element title = elements(root, "title").get(0);
        assertThat(title.getAttribute("id")).isEqualTo(id + "-title");
        assertThat(title.getTextContent()).isEqualTo("Turnout & share <nation>");
        Element description = elements(root, "desc").get(0);
        assertThat(description.getAttribute("id")).isEqualTo(id + "-desc");
        assertThat(description.getTextContent()).isEqualTo("Each cell counts \"stations\".");
        assertThat(elements(root, "script")).isEmpty();
        assertThat(elements(root, "foreignObject")).isEmpty();
        assertThat(svg).doesNotContain("href").doesNotContain("url(").doesNotContain(" on");
        assertThat(svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http");
        return root;
    }

    private static List<Element> elements(Element root, String name) {
        NodeList nodes = root.getElementsByTagName(name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
