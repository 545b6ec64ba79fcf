package org.observer.analysis;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.observer.election.Election;
import org.observer.forensics.DigitTest;
import org.observer.forensics.LastDigitTest;
import org.observer.forensics.LookHereFirst;
import org.observer.forensics.ObserverReports;
import org.observer.forensics.QuickCount;
import org.observer.forensics.RoundNumbers;
import org.observer.forensics.SecondDigitTest;
import org.observer.forensics.StationCounts;
import org.observer.forensics.StationFlag;
import org.observer.forensics.StationOutliers;
import org.observer.forensics.StratifiedSample;
import org.observer.support.AtOnce;
import org.observer.support.DemoData;
import org.observer.support.Sql;

/**
 * The forensics pages show what the plain forensics classes compute on the figures the test reads
 * with its own SQL (per line with a join, not the app's string_agg), with the page's seed.
 */
@QuarkusTest
@TestSecurity(user = "reviewer", roles = "reviewer")
class ForensicsPagesTest {
    @Inject
    Sql sql;

    /** A station as the test reads it: its number, unit, district and counts. */
    record Station(long id, String number, long unit, int district, StationCounts counts) {
    }

    long electionId() {
        return sql.number("select id from election where code = ?1", DemoData.CODE);
    }

    static String page(String path) {
        return given().redirects().follow(false).get(path).then().statusCode(200).extract().asString();
    }

    /** Official protocols (table official_protocol / official_line) or the latest copy (tally / tally_line). */
    List<Station> stations(boolean official) {
        List<Object[]> protocols = official ? sql.rows("""
                select s.id, s.number, s.unit_id, d.number, p.registered_voters, p.ballots_issued, p.id, s.district_id
                from official_protocol p join polling_station s on s.id = p.station_id join district d on d.id = s.district_id
                where s.election_id = ?1 and p.ballot = 'PARTY_LIST' order by s.number""", electionId())
                : sql.rows("""
                select s.id, s.number, s.unit_id, d.number, t.registered_voters, t.ballots_issued, t.id, s.district_id
                from tally t join polling_station s on s.id = t.station_id join district d on d.id = s.district_id
                where s.election_id = ?1 and t.ballot = 'PARTY_LIST'
                  and t.id = (select max(t2.id) from tally t2 where t2.station_id = t.station_id and t2.ballot = 'PARTY_LIST')
                order by s.number""", electionId());
        List<Long> lines = sql.rows("select id, position from ballot_line where election_id = ?1 order by position", electionId())
                .stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Map<Long, Long>> votes = new HashMap<>();
        for (Object[] r : sql.rows(official ? """
                select l.protocol_id, l.ballot_line_id, l.votes from official_line l join official_protocol p on p.id = l.protocol_id
                join polling_station s on s.id = p.station_id where s.election_id = ?1 and l.ballot_line_id is not null"""
                : """
                select l.tally_id, l.ballot_line_id, l.votes from tally_line l join tally t on t.id = l.tally_id
                where t.election_id = ?1 and l.ballot_line_id is not null""", electionId())) {
            votes.computeIfAbsent(n(r[0]), k -> new HashMap<>()).put(n(r[1]), n(r[2]));
        }
        List<Station> stations = new ArrayList<>();
        for (Object[] r : protocols) {
            Map<Long, Long> byLine = votes.getOrDefault(n(r[6]), Map.of());
            long[] counts = lines.stream().mapToLong(line -> byLine.getOrDefault(line, 0L)).toArray();
            String number = (String) r[1];
            stations.add(new Station(n(r[0]), number, n(r[2]), (int) n(r[3]), new StationCounts(n(r[7]),
                    number.matches("\\d{1,9}") ? Integer.parseInt(number) : -1, n(r[4]), n(r[5]), counts)));
        }
        return stations;
    }

    static long n(Object value) {
        return ((Number) value).longValue();
    }

    static String fixed(double value, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    static String attribute(String html, String marker, String attribute) {
        Matcher m = Pattern.compile(Pattern.quote(marker) + "[^>]*?" + attribute + "=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as(marker + " " + attribute).isTrue();
        return m.group(1);
    }

    static String digits(DigitTest test) {
        return test.chiSquare().map(c -> fixed(c.statistic(), 3) + " " + fixed(c.pValue(), 4)).orElse("none");
    }

    @Test
    void digitTestsPerDistrictAndRegionAreThoseOfTheCountsOfficialAndCopiesApart() {
        String html = page("/results/forensics");
        for (boolean official : List.of(true, false)) {
            List<Station> stations = stations(official);
            String source = official ? "OFFICIAL" : "COPIES";
            Map<Integer, List<Long>> byDistrict = new LinkedHashMap<>();
            Map<Long, List<Long>> byUnit = new LinkedHashMap<>();
            for (Station s : stations) {
                for (long v : s.counts().votes()) {
                    byDistrict.computeIfAbsent(s.district(), k -> new ArrayList<>()).add(v);
                    byUnit.computeIfAbsent(s.unit(), k -> new ArrayList<>()).add(v);
                }
            }
            assertThat(byDistrict).isNotEmpty();
            byDistrict.forEach((district, votes) -> {
                long[] counts = votes.stream().mapToLong(Long::longValue).toArray();
                String row = "data-digits=\"DISTRICT-" + district + "-" + source + "\"";
                assertThat(attribute(html, row, "data-counts")).as(row)
                        .isEqualTo(String.valueOf(Arrays.stream(counts).filter(c -> c >= 10).count()));
                assertThat(attribute(html, row, "data-last")).as(row).isEqualTo(digits(LastDigitTest.of(counts)));
                assertThat(attribute(html, row, "data-second")).as(row)
                        .isEqualTo(digits(SecondDigitTest.of(counts).test()));
            });
            byUnit.forEach((unit, votes) -> {
                long[] counts = votes.stream().mapToLong(Long::longValue).toArray();
                String code = sql.text("select code from administrative_unit where id = ?1", unit);
                String row = "data-digits=\"REGION-" + code + "-" + source + "\"";
                assertThat(attribute(html, row, "data-last")).as(row).isEqualTo(digits(LastDigitTest.of(counts)));
                assertThat(attribute(html, row, "data-second")).as(row)
                        .isEqualTo(digits(SecondDigitTest.of(counts).test()));
            });
        }
        assertThat(html).contains("a reason to look");
    }

    /**
     * A region with one observer copy of eight single-digit counts: its copies' row says "not enough
     * data" for both tests, with the minimum each needs. The copy is written for this test and taken
     * away after it.
     */
    @Test
    void aTestOnTooFewCountsSaysNotEnoughData() {
        long station = sql.number("""
                select s.id from polling_station s join administrative_unit u on u.id = s.unit_id
                where s.election_id = ?1 and u.code = 'ABROAD' and not exists (select 1 from tally t where t.station_id = s.id)
                order by s.number limit 1""", electionId());
        assertThat(sql.number("""
                select count(*) from tally t join polling_station s on s.id = t.station_id
                join administrative_unit u on u.id = s.unit_id where u.code = 'ABROAD' and s.election_id = ?1""",
                electionId())).isZero();
        sql.update("""
                insert into tally (election_id, submission_id, receipt_code, station_id, accreditation_id, station_assigned,
                                   ballot, registered_voters, ballots_received, ballots_issued, ballots_unused,
                                   ballots_found, ballots_invalid, flagged)
                select ?1, gen_random_uuid(), 'TESTFEW01', ?2, (select min(id) from accreditation), false, 'PARTY_LIST',
                       100, 100, 30, 70, 30, 6, false""", electionId(), station);
        try {
            sql.update("""
                    insert into tally_line (tally_id, ballot_line_id, votes)
                    select t.id, b.id, 3 from tally t join ballot_line b on b.election_id = t.election_id
                    where t.receipt_code = 'TESTFEW01'""");
            String html = page("/results/forensics");
            String row = "<tr data-digits=\"REGION-ABROAD-COPIES\"";
            assertThat(attribute(html, row, "data-last")).isEqualTo("none");
            assertThat(attribute(html, row, "data-second")).isEqualTo("none");
            assertThat(cells(html, row)).contains(
                    "Not enough data: fewer than " + LastDigitTest.MINIMUM_COUNTS + " vote counts of 10 or more, too few for this test to say anything.",
                    "Not enough data: fewer than " + SecondDigitTest.MINIMUM_COUNTS + " vote counts of 10 or more, too few for this test to say anything.");
        } finally {
            sql.update("delete from tally_line where tally_id in (select id from tally where receipt_code = 'TESTFEW01')");
            sql.update("delete from tally where receipt_code = 'TESTFEW01'");
        }
    }

    /** The SVG with the given id from a page. */
    static String svg(String html, String id) {
        int title = html.indexOf("<title id=\"" + id + "-title\">");
        assertThat(title).as(id).isGreaterThanOrEqualTo(0);
        return html.substring(html.lastIndexOf("<svg", title), html.indexOf("</svg>", title));
    }

    /** The cells a fingerprint SVG draws, "column row" with row 0 at the top. */
    static Set<String> drawnCells(String svg) {
        Set<String> cells = new java.util.TreeSet<>();
        Matcher m = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (m.find()) {
            cells.add(m.group(1) + " " + m.group(2));
        }
        return cells;
    }

    /** The line with most votes over the given stations. */
    static int leader(List<Station> stations) {
        long[] totals = new long[stations.get(0).counts().votes().length];
        stations.forEach(s -> Arrays.setAll(totals, line -> totals[line] + s.counts().votes()[line]));
        int leader = 0;
        for (int line = 1; line < totals.length; line++) {
            leader = totals[line] > totals[leader] ? line : leader;
        }
        return leader;
    }

    /**
     * The fingerprint draws a cell for each pair of 1% turnout and share bins that holds a station
     * (ballots issued over voters, the national leader's votes over all votes, whole-number division,
     * 100% and above in the last bin), and the cumulative curve ends at the highest turnout with all
     * the leader's votes; for the nation and for one region (?unit=).
     */
    @Test
    void theFingerprintAndCumulativeCurveAreThoseOfTheStationsShown() {
        List<Station> official = stations(true);
        int leader = leader(official);
        String region = "ULYTAU"; // the demo's smallest region but one
        long regionId = sql.number("select id from administrative_unit where election_id = ?1 and code = ?2",
                electionId(), region);
        String nation = page("/results/forensics");
        String regional = page("/results/forensics?unit=" + region);
        assertThat(regional).contains("<option value=\"" + region + "\" selected>");
        assertThat(nation).doesNotContain("id=\"fingerprint-region-title\"");
        for (var chart : List.of(Map.entry("nation", official),
                Map.entry("region", official.stream().filter(s -> s.unit() == regionId).toList()))) {
            List<Station> stations = chart.getValue();
            String html = chart.getKey().equals("nation") ? nation : regional;
            Set<String> expected = new java.util.TreeSet<>();
            long aboveFull = 0;
            double highest = 0;
            for (Station s : stations) {
                StationCounts c = s.counts();
                long valid = Arrays.stream(c.votes()).sum();
                if (c.registered() > 0) {
                    highest = Math.max(highest, (double) c.ballotsIssued() / c.registered());
                }
                if (c.registered() > 0 && valid > 0) {
                    expected.add(Math.min(99, 100 * c.ballotsIssued() / c.registered()) + " "
                            + (99 - Math.min(99, 100 * c.votes()[leader] / valid)));
                    aboveFull += c.ballotsIssued() > c.registered() ? 1 : 0;
                }
            }
            assertThat(expected).isNotEmpty();
            assertThat(drawnCells(svg(html, "fingerprint-" + chart.getKey()))).as(chart.getKey()).isEqualTo(expected);
            String figure = "id=\"fingerprint-" + chart.getKey() + "-figure\"";
            assertThat(attribute(html, figure, "data-above-full")).isEqualTo(String.valueOf(aboveFull));
            String curve = svg(html, "cumulative-" + chart.getKey());
            Matcher points = Pattern.compile("points=\"([^\"]+)\"").matcher(curve);
            assertThat(points.find()).isTrue();
            String[] all = points.group(1).split(" ");
            String[] last = all[all.length - 1].split(",");
            assertThat(Double.parseDouble(last[0])).as("x at the highest turnout").isCloseTo(52 + 400 * Math.min(1, highest),
                    org.assertj.core.data.Offset.offset(0.006));
            assertThat(last[1]).as("y at all of the leader's votes").isEqualTo("12");
        }
        assertThat(attribute(regional, "id=\"fingerprint-region-figure\"", "data-region")).isEqualTo(region);
    }

    @Test
    void roundNumbersAndOutliersAreThoseOfTheOfficialCounts() {
        String html = page("/results/forensics");
        List<Station> stations = stations(true);
        List<StationCounts> counts = stations.stream().map(Station::counts).toList();
        int leader = StationCounts.nationalLeader(counts);
        RoundNumbers round = RoundNumbers.of(counts, leader, ForensicsStatistics.SIMULATIONS, ForensicsStatistics.SEED);
        for (var measure : Map.of("turnout", round.turnout(), "share", round.share(), "either", round.either())
                .entrySet()) {
            RoundNumbers.Spike s = measure.getValue();
            assertThat(attribute(html, "data-measure=\"" + measure.getKey() + "\"", "data-spike")).isEqualTo(
                    s.observed() + " " + fixed(s.expected(), 2) + " " + s.low95() + " " + s.high95() + " "
                            + fixed(s.excess(), 2) + " " + fixed(s.pValue(), 4));
        }
        List<StationOutliers.Finding> findings = StationOutliers.of(counts, leader);
        List<String> expected = new ArrayList<>();
        Map<String, String> identicalTo = new HashMap<>();
        for (int i = 0; i < stations.size(); i++) {
            StationOutliers.Finding f = findings.get(i);
            if (f.turnoutOutlier() || f.shareOutlier() || f.fullTurnout() || f.identicalNeighbour().isPresent()) {
                expected.add(stations.get(i).number());
            }
            Station station = stations.get(i);
            f.identicalNeighbour().ifPresent(n -> identicalTo.put(station.number(), stations.stream()
                    .filter(s -> s.counts().district() == station.counts().district() && s.counts().number() == n)
                    .findFirst().orElseThrow().number()));
        }
        String table = html.substring(html.indexOf("id=\"outliers-table\""), html.indexOf("id=\"quick-count\""));
        List<String> shown = new ArrayList<>();
        Matcher m = Pattern.compile("data-station=\"([^\"]+)\"").matcher(table);
        while (m.find()) {
            shown.add(m.group(1));
            assertThat(table).contains("href=\"/results/stations/" + m.group(1) + "\"");
        }
        assertThat(shown).containsExactlyElementsOf(expected);
        identicalTo.forEach((station, neighbour) -> assertThat(row(table, "<tr data-station=\"" + station + "\""))
                .contains("data-identical-to=\"" + neighbour + "\""));
        assertThat(html).contains("read as a whole number, is one less or one more (010041 and 010042)");
    }

    /**
     * Two neighbouring stations of a district given the same figures (in a transaction rolled back)
     * each name the other; each has at least 100 votes, so they are compared.
     */
    @Test
    void identicalNeighboursNameEachOther() throws Exception {
        transaction.begin();
        try {
            Object[] pair = (Object[]) entityManager.createNativeQuery("""
                    select a.id, b.id, sa.id, sb.id, sa.number, sb.number
                    from official_protocol a join polling_station sa on sa.id = a.station_id
                    join polling_station sb on sb.district_id = sa.district_id and sb.election_id = sa.election_id
                    join official_protocol b on b.station_id = sb.id and b.ballot = 'PARTY_LIST'
                    where sa.election_id = ?1 and a.ballot = 'PARTY_LIST' and sa.number ~ '^[0-9]+$'
                      and sb.number ~ '^[0-9]+$' and sb.number::bigint = sa.number::bigint + 1
                      and (select sum(votes) from official_line where protocol_id = a.id) >= 100
                    order by sa.number limit 1""").setParameter(1, electionId()).getSingleResult();
            entityManager.createNativeQuery("""
                    update official_protocol b set ballots_issued = a.ballots_issued from official_protocol a
                    where a.id = ?1 and b.id = ?2""").setParameter(1, n(pair[0])).setParameter(2, n(pair[1]))
                    .executeUpdate();
            entityManager.createNativeQuery("""
                    update official_line lb set votes = la.votes from official_line la
                    where la.protocol_id = ?1 and lb.protocol_id = ?2 and la.ballot_line_id = lb.ballot_line_id""")
                    .setParameter(1, n(pair[0])).setParameter(2, n(pair[1])).executeUpdate();
            audit("RESULTS_IMPORTED", "ELECTION");
            ForensicsStatistics statistics = cache.statistics(activeElection());
            var first = statistics.flagged().get(n(pair[2]));
            var second = statistics.flagged().get(n(pair[3]));
            assertThat(first.flags()).contains(StationFlag.IDENTICAL_NEIGHBOUR);
            assertThat(second.flags()).contains(StationFlag.IDENTICAL_NEIGHBOUR);
            assertThat(second.identicalTo()).isEqualTo(pair[4]);
            assertThat(first.identicalTo()).isEqualTo(pair[5]);
        } finally {
            transaction.rollback();
        }
    }

    /** A station of the election's list, protocol or not: its id, number and region. */
    record Listed(long id, String number, long unit) {
    }

    List<Listed> stationList() {
        return sql.rows("select id, number, unit_id from polling_station where election_id = ?1 order by number",
                electionId()).stream().map(r -> new Listed(n(r[0]), (String) r[1], n(r[2]))).toList();
    }

    /** The page's sample, drawn again here from the whole station list in number order with regions as strata. */
    List<Listed> sample(List<Listed> stations) {
        long[] strata = stations.stream().mapToLong(Listed::unit).toArray();
        int[] drawn = StratifiedSample.draw(strata, Math.min(ForensicsStatistics.SAMPLE_SIZE, stations.size()), ForensicsStatistics.SEED)
                .stations();
        return Arrays.stream(drawn).mapToObj(stations::get).toList();
    }

    static List<String> pageSample(String html) {
        String list = html.substring(html.indexOf("<ol id=\"sample\">"));
        list = list.substring(0, list.indexOf("</ol>"));
        List<String> numbers = new ArrayList<>();
        Matcher m = Pattern.compile("data-station=\"([^\"]+)\"").matcher(list);
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }

    @Test
    void quickCountIsTheEstimateFromTheCopiesOfTheSampledStations() {
        String html = page("/results/forensics");
        List<Station> official = stations(true);
        List<Listed> list = stationList();
        List<Listed> sample = sample(list);
        assertThat(pageSample(html)).containsExactlyElementsOf(sample.stream().map(Listed::number).toList())
                .hasSizeGreaterThanOrEqualTo(ForensicsStatistics.SAMPLE_SIZE);
        assertThat(pageSample(page("/results/forensics"))).isEqualTo(pageSample(html));
        Map<Long, Station> copies = new HashMap<>();
        stations(false).forEach(s -> copies.put(s.id(), s));
        List<QuickCount.Report> reported = sample.stream().filter(s -> copies.containsKey(s.id()))
                .map(s -> new QuickCount.Report(s.unit(), copies.get(s.id()).counts().votes())).toList();
        assertThat(attribute(html, "id=\"quick-count-sample\"", "data-reported")).isEqualTo(String.valueOf(reported.size()));
        if (reported.isEmpty()) {
            assertThat(html).contains("there is no estimate");
            return;
        }
        Map<Long, Integer> perStratum = new HashMap<>();
        list.forEach(s -> perStratum.merge(s.unit(), 1, Integer::sum));
        QuickCount estimate = QuickCount.estimate(perStratum, reported);
        long[] totals = new long[official.get(0).counts().votes().length];
        long all = 0;
        for (Station s : official) {
            for (int line = 0; line < totals.length; line++) {
                totals[line] += s.counts().votes()[line];
                all += s.counts().votes()[line];
            }
        }
        boolean anyOutside = false;
        for (QuickCount.LineEstimate line : estimate.lines()) {
            double officialShare = (double) totals[line.line()] / all;
            assertThat(attribute(html, "data-line=\"" + line.line() + "\"", "data-estimate")).isEqualTo(
                    fixed(100 * line.share(), 2) + " " + fixed(100 * line.margin95(), 2) + " "
                            + fixed(100 * line.margin99(), 2) + " " + fixed(100 * officialShare, 2));
            // the last two cells: is the official share within the 95% and the 99% margin
            double distance = Math.abs(officialShare - line.share());
            List<String> cells = cells(html, "<tr data-line=\"" + line.line() + "\"");
            assertThat(cells.subList(cells.size() - 2, cells.size())).as("line " + line.line()).containsExactly(
                    distance <= 1.959963984540054 * line.standardError() ? "yes" : "no",
                    distance <= 2.5758293035489004 * line.standardError() ? "yes" : "no");
            anyOutside |= distance > 1.959963984540054 * line.standardError();
        }
        // the regions the estimate cannot speak for are named, and the verdict says it covers only the others
        Map<Long, String> codes = new HashMap<>();
        sql.rows("select id, code from administrative_unit where election_id = ?1", electionId())
                .forEach(r -> codes.put(n(r[0]), (String) r[1]));
        boolean coversAll = estimate.strataMissing().isEmpty() && estimate.strataWithoutVariance().isEmpty();
        if (coversAll) {
            assertThat(html).doesNotContain("id=\"quick-count-coverage\"");
        } else {
            assertThat(attribute(html, "id=\"quick-count-coverage\"", "data-missing"))
                    .isEqualTo(String.join(" ", estimate.strataMissing().stream().map(codes::get).toList()));
            assertThat(attribute(html, "id=\"quick-count-coverage\"", "data-single"))
                    .isEqualTo(String.join(" ", estimate.strataWithoutVariance().stream().map(codes::get).toList()));
            assertThat(html).contains("not as a verdict on the national count");
            int strata = (int) list.stream().map(Listed::unit).distinct().count();
            if (!estimate.strataMissing().isEmpty()) {
                assertThat(html).contains("The estimate covers only " + (strata - estimate.strataMissing().size())
                        + " of the " + strata + " regions");
            }
            if (!estimate.strataWithoutVariance().isEmpty()) {
                assertThat(html).contains("In " + estimate.strataWithoutVariance().size()
                        + " of the regions only one sampled station has sent a copy");
            }
        }
        assertThat(attribute(html, "id=\"quick-count-verdict\"", "data-verdict")).isEqualTo(anyOutside ? "outside" : "inside");
        assertThat(attribute(html, "id=\"quick-count-verdict\"", "data-covers-all")).isEqualTo(String.valueOf(coversAll));
    }

    /** The table row that starts with the marker, up to its end. */
    static String row(String html, String rowStart) {
        int start = html.indexOf(rowStart);
        assertThat(start).as(rowStart).isGreaterThanOrEqualTo(0);
        return html.substring(start, html.indexOf("</tr>", start));
    }

    /** The text of each cell of the table row that starts with the marker, tags taken out. */
    static List<String> cells(String html, String rowStart) {
        List<String> cells = new ArrayList<>();
        Matcher m = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>", Pattern.DOTALL).matcher(row(html, rowStart));
        while (m.find()) {
            cells.add(m.group(1).replaceAll("<[^>]+>", "").strip());
        }
        return cells;
    }

    /**
     * The sample is there before any official result and stays the same as protocols come in: the
     * figures are computed here inside a transaction that removes all, then half, of the official
     * protocols (and writes the audit line an import writes), and is rolled back.
     */
    @Test
    void theSampleExistsBeforeTheResultsAndDoesNotMoveAsTheyArrive() throws Exception {
        List<String> expected = sample(stationList()).stream().map(Listed::number).toList();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(ForensicsStatistics.SAMPLE_SIZE);
        assertThat(sampleOf(inTransaction(() -> cache.statistics(activeElection())))).isEqualTo(expected);
        for (String removed : List.of("true", "right(s.number, 1) in ('1', '3', '5', '7', '9')")) {
            transaction.begin();
            try {
                int left = withoutOfficialProtocols(removed);
                ForensicsStatistics forensics = cache.statistics(activeElection());
                assertThat(forensics.hasOfficialResults()).isEqualTo(left > 0);
                assertThat(forensics.nation().fingerprint().stationsCounted()
                        + forensics.nation().fingerprint().left()).isEqualTo(left);
                assertThat(sampleOf(forensics)).as(removed).isEqualTo(expected);
            } finally {
                transaction.rollback();
            }
        }
    }

    static List<String> sampleOf(ForensicsStatistics forensics) {
        return forensics.sample().stream().map(ListedStation::number).toList();
    }

    static Election activeElection() {
        return Election.requireActive();
    }

    /** In the caller's transaction: deletes the matching stations' official protocols; returns how many party lists are left. */
    int withoutOfficialProtocols(String stationCondition) {
        String protocols = """
                select p.id from official_protocol p join polling_station s on s.id = p.station_id
                where s.election_id = ?1 and (%s)""".formatted(stationCondition);
        entityManager.createNativeQuery("delete from official_line where protocol_id in (" + protocols + ")")
                .setParameter(1, electionId()).executeUpdate();
        entityManager.createNativeQuery("delete from official_protocol where id in (" + protocols + ")")
                .setParameter(1, electionId()).executeUpdate();
        entityManager.createNativeQuery("""
                insert into audit_event (actor_subject, actor_name, action, subject_type, subject_id)
                values ('test', 'test', 'RESULTS_IMPORTED', 'ELECTION', ?1)""").setParameter(1, electionId())
                .executeUpdate();
        return ((Number) entityManager.createNativeQuery("""
                select count(*) from official_protocol p join polling_station s on s.id = p.station_id
                where s.election_id = ?1 and p.ballot = 'PARTY_LIST'""").setParameter(1, electionId())
                .getSingleResult()).intValue();
    }

    /**
     * The CSV lists the page's stations, region names in the reader's language (Russian here), and each
     * download is a line in the audit trail as the exports are.
     */
    @Test
    void theSampleCsvParsesBackToThePagesListAndIsAudited() {
        List<String> onPage = pageSample(page("/results/forensics"));
        String exported = "select count(*) from audit_event where action = 'EXPORTED' and subject_type = 'EXPORT'"
                + " and subject_id = ?1 and actor_subject = 'reviewer' and from_value = 'quick-count-sample.csv ru'"
                + " and to_value like 'rows=" + onPage.size() + " sha256=%'";
        long before = sql.number(exported, electionId());
        String csv = given().header("Accept-Language", "ru").get("/results/forensics/sample.csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        assertThat(sql.number(exported, electionId())).isEqualTo(before + 1);
        assertThat(csv).startsWith("\uFEFF"); // so that Excel reads the Cyrillic and Kazakh names as UTF-8
        List<List<String>> rows = parse(csv.substring(1));
        assertThat(rows.get(0)).containsExactly("station", "unit", "district", "name", "address");
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList()).isEqualTo(onPage);
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).hasSize(5);
            Object[] station = sql.rows("""
                    select u.name_ru, d.number, s.name, s.address from polling_station s
                    join administrative_unit u on u.id = s.unit_id join district d on d.id = s.district_id
                    where s.election_id = ?1 and s.number = ?2""", electionId(), row.get(0)).get(0);
            assertThat(row.subList(1, 5)).containsExactly((String) station[0], String.valueOf(station[1]),
                    (String) station[2], (String) station[3]);
        }
    }

    /** RFC 4180, written here apart from the app's writer. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        return rows;
    }

    /** Each official station's flags and score, worked out here from the test's own figures and SQL. */
    Map<String, LookHereFirst> scores(Map<String, Set<StationFlag>> flagsOut) {
        List<Station> stations = stations(true);
        List<StationCounts> counts = stations.stream().map(Station::counts).toList();
        int leader = StationCounts.nationalLeader(counts);
        List<StationOutliers.Finding> findings = StationOutliers.of(counts, leader);
        Map<Integer, List<Long>> byDistrict = new HashMap<>();
        stations.forEach(s -> Arrays.stream(s.counts().votes())
                .forEach(v -> byDistrict.computeIfAbsent(s.district(), k -> new ArrayList<>()).add(v)));
        // the station's latest copy differs from its official protocol in any of the six figures or a line's votes
        Set<Long> differing = new java.util.HashSet<>(sql.rows("""
                select t.station_id, t.id from tally t join official_protocol p on p.station_id = t.station_id
                and p.ballot = t.ballot where t.election_id = ?1 and t.ballot = 'PARTY_LIST'
                  and t.id = (select max(t2.id) from tally t2 where t2.station_id = t.station_id and t2.ballot = 'PARTY_LIST')
                  and ((t.registered_voters, t.ballots_received, t.ballots_issued, t.ballots_unused, t.ballots_found,
                        t.ballots_invalid) <> (p.registered_voters, p.ballots_received, p.ballots_issued, p.ballots_unused,
                        p.ballots_found, p.ballots_invalid)
                    or exists (select 1 from tally_line tl join official_line ol on ol.protocol_id = p.id
                               and ol.ballot_line_id = tl.ballot_line_id where tl.tally_id = t.id and tl.votes <> ol.votes))""",
                electionId()).stream().map(r -> n(r[0])).toList());
        Map<Long, ObserverReports> reports = new HashMap<>();
        for (Object[] r : sql.rows("""
                select station_id, count(*) filter (where severity = 'INFO'), count(*) filter (where severity = 'MINOR'),
                       count(*) filter (where severity = 'SERIOUS'), count(*) filter (where severity = 'CRITICAL'),
                       count(*) filter (where status = 'VERIFIED' and severity in ('MINOR', 'SERIOUS', 'CRITICAL'))
                from report where election_id = ?1 and latest and status <> 'DISMISSED' group by station_id""",
                electionId())) {
            reports.put(n(r[0]), new ObserverReports((int) n(r[1]), (int) n(r[2]), (int) n(r[3]), (int) n(r[4]),
                    (int) n(r[5])));
        }
        Map<String, LookHereFirst> scores = new LinkedHashMap<>();
        for (int i = 0; i < stations.size(); i++) {
            Station station = stations.get(i);
            Set<StationFlag> flags = EnumSet.noneOf(StationFlag.class);
            flags.addAll(StationFlag.of(findings.get(i), leader));
            long[] votes = byDistrict.get(station.district()).stream().mapToLong(Long::longValue).toArray();
            if (StationFlag.digitsFlagDistrict(LastDigitTest.of(votes), SecondDigitTest.of(votes))) {
                flags.add(StationFlag.DIGITS_IN_DISTRICT);
            }
            if (differing.contains(station.id())) {
                flags.add(StationFlag.OBSERVER_COPY_DIFFERS);
            }
            flagsOut.put(station.number(), flags);
            scores.put(station.number(), LookHereFirst.of(flags, reports.getOrDefault(station.id(), ObserverReports.NONE)));
        }
        // stations without an official protocol score their reports alone
        Set<Long> withProtocol = new java.util.HashSet<>(stations.stream().map(Station::id).toList());
        for (Object[] r : sql.rows("select id, number from polling_station where election_id = ?1", electionId())) {
            if (!withProtocol.contains(n(r[0])) && reports.containsKey(n(r[0]))) {
                flagsOut.put((String) r[1], Set.of());
                scores.put((String) r[1], LookHereFirst.of(Set.of(), reports.get(n(r[0]))));
            }
        }
        return scores;
    }

    /** A score's parts as the pages' data-parts attribute writes them. */
    static String parts(LookHereFirst score) {
        return score.parts().stream().map(p -> p.messageKey() + "=" + p.count() + "x" + fixed(p.pointsEach(), 1))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * A station whose official protocol is not in yet, with a critical report (in a transaction rolled
     * back): it is in the queue, with no flag and the report's points as its score's only part.
     */
    @Test
    void aStationWithReportsButNoProtocolIsInTheQueue() throws Exception {
        transaction.begin();
        try {
            String number = withoutOfficialProtocolsAndCritical();
            Forensics forensics = cache.of(activeElection());
            Forensics.StationView view = forensics.queue().stream().filter(v -> v.station().number().equals(number))
                    .findFirst().orElseThrow();
            assertThat(view.flagged()).isNull();
            assertThat(view.flags()).isEmpty();
            assertThat(view.score().total()).isEqualTo(3.0);
            assertThat(parts(view.score())).isEqualTo("score_reports_CRITICAL=1x3.0");
        } finally {
            transaction.rollback();
        }
    }

    /** In the caller's transaction: the first station loses its official protocols and gets a critical report; its number. */
    String withoutOfficialProtocolsAndCritical() {
        String number = sql.text("select min(number) from polling_station where election_id = ?1", electionId());
        withoutOfficialProtocols("s.number = '" + number + "'");
        entityManager.createNativeQuery("""
                insert into report (election_id, submission_id, receipt_code, station_id, accreditation_id,
                    station_assigned, phase, category_id, severity, observed_at, description, reported_to_commission)
                select s.election_id, gen_random_uuid(), 'TESTCRIT1', s.id, (select min(id) from accreditation), false,
                       'COUNTING', (select min(id) from incident_category where election_id = s.election_id), 'CRITICAL',
                       now(), 'The count was done behind closed doors.', false
                from polling_station s where s.election_id = ?1 and s.number = ?2""")
                .setParameter(1, electionId()).setParameter(2, number).executeUpdate();
        return number;
    }

    @Test
    void theQueueOrdersStationsByTheirScoreAndShowsItsParts() {
        String html = page("/results/look-here-first");
        Map<String, Set<StationFlag>> flags = new HashMap<>();
        Map<String, LookHereFirst> scores = scores(flags);
        List<String> expected = scores.entrySet().stream().filter(e -> e.getValue().total() > 0)
                .sorted(Map.Entry.<String, LookHereFirst>comparingByValue(LookHereFirst.HIGHEST_FIRST)
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + fixed(e.getValue().total(), 1)).toList();
        List<String> shown = new ArrayList<>();
        Matcher m = Pattern.compile("<tr data-station=\"([^\"]+)\" data-score=\"([^\"]+)\">").matcher(html);
        while (m.find()) {
            shown.add(m.group(1) + " " + m.group(2));
            assertThat(attribute(row(html, m.group()), "class=\"plain score-parts\"", "data-parts"))
                    .isEqualTo(parts(scores.get(m.group(1))));
            assertThat(html).contains("href=\"/results/stations/" + m.group(1) + "\"");
        }
        assertThat(attribute(html, "id=\"queue-size\"", "data-total")).isEqualTo(String.valueOf(expected.size()));
        assertThat(shown).isNotEmpty()
                .containsExactlyElementsOf(expected.subList(0, Math.min(ForensicsResource.QUEUE_LENGTH, expected.size())));
        assertThat(html).contains("not that something happened there");

        // the top station's page and its district's rows show the same flags, with their sentences
        String top = shown.get(0).split(" ")[0];
        String station = page("/results/stations/" + top);
        assertThat(attribute(station, "id=\"forensics-flags\"", "data-score")).isEqualTo(shown.get(0).split(" ")[1]);
        assertThat(attribute(station, "class=\"plain score-parts\"", "data-parts")).isEqualTo(parts(scores.get(top)))
                .isNotEmpty();
        List<String> stationFlags = new ArrayList<>();
        Matcher f = Pattern.compile("<li data-flag=\"([A-Z_]+)\"").matcher(station);
        while (f.find()) {
            stationFlags.add(f.group(1));
        }
        assertThat(stationFlags).containsExactlyInAnyOrderElementsOf(flags.get(top).stream().map(Enum::name).toList());
        if (flags.get(top).contains(StationFlag.FULL_TURNOUT)) {
            assertThat(station).contains("it is not proof of fraud");
        }
        long district = sql.number("""
                select d.number from polling_station s join district d on d.id = s.district_id
                where s.election_id = ?1 and s.number = ?2""", electionId(), top);
        String rows = page("/results/districts/" + district);
        assertThat(rows).contains("<details id=\"flag-meanings\"")
                .contains("it does not prove copying");
        for (String number : sql.texts("""
                select s.number from polling_station s join district d on d.id = s.district_id
                where s.election_id = ?1 and d.number = ?2""", electionId(), (int) district)) {
            int start = rows.indexOf("<tr data-code=\"" + number + "\"");
            assertThat(start).as(number).isGreaterThanOrEqualTo(0);
            String head = rows.substring(start, rows.indexOf("</th>", start));
            List<String> rowFlags = new ArrayList<>();
            Matcher r = Pattern.compile("data-flag=\"([A-Z_]+)\"").matcher(head);
            while (r.find()) {
                rowFlags.add(r.group(1));
            }
            assertThat(rowFlags).as(number).containsExactlyInAnyOrderElementsOf(
                    flags.getOrDefault(number, Set.of()).stream().map(Enum::name).toList());
        }
    }

    @Inject
    ForensicsCache cache;
    @Inject
    jakarta.persistence.EntityManager entityManager;
    @Inject
    jakarta.transaction.UserTransaction transaction;

    /** The app's reads, counting how often the official protocols and the reports are read. */
    static class CountingData extends ForensicsData {
        final AtomicInteger officialReads = new AtomicInteger();
        final AtomicInteger reportReads = new AtomicInteger();

        CountingData(jakarta.persistence.EntityManager entityManager) {
            this.entityManager = entityManager;
        }

        @Override
        public List<StationFigures> official(Election election, List<ListedStation> stations) {
            officialReads.incrementAndGet();
            return super.official(election, stations);
        }

        @Override
        public Map<Long, ObserverReports> reports(Election election) {
            reportReads.incrementAndGet();
            return super.reports(election);
        }
    }

    /** A cache of its own, empty, reading through the counting data. */
    static ForensicsCache emptyCache(CountingData data) {
        ForensicsCache cache = new ForensicsCache();
        cache.data = data;
        return cache;
    }

    static <T> T inTransaction(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    @Test
    void requestsThatArriveTogetherWaitForOneComputation() throws Exception {
        CountingData data = new CountingData(entityManager);
        ForensicsCache empty = emptyCache(data);
        List<Forensics> answers = AtOnce.send(4, () -> inTransaction(() -> empty.of(activeElection())));
        assertThat(data.officialReads).hasValue(1);
        assertThat(data.reportReads).hasValue(1);
        assertThat(answers).allSatisfy(answer -> assertThat(answer).isSameAs(answers.get(0)));
    }

    /**
     * Within a transaction that is rolled back: an audit event the forensics do not read changes
     * nothing; a review decision scores the stations again on the same statistics, without reading the
     * protocols or running a test; an import of results computes the statistics again.
     */
    @Test
    void onlyWhatTheForensicsReadMakesThemComputeAgain() throws Exception {
        CountingData data = new CountingData(entityManager);
        ForensicsCache empty = emptyCache(data);
        Forensics first = inTransaction(() -> empty.of(activeElection()));
        assertThat(inTransaction(() -> empty.of(activeElection()))).isSameAs(first);
        transaction.begin();
        try {
            audit("COMMENT_ADDED", "REPORT");
            assertThat(empty.of(activeElection())).isSameAs(first);

            audit("STATUS_CHANGED", "REPORT");
            Forensics decided = empty.of(activeElection());
            assertThat(decided).isNotSameAs(first);
            assertThat(decided.statistics()).isSameAs(first.statistics());
            assertThat(data.officialReads).hasValue(1);
            assertThat(data.reportReads).hasValue(2);
            assertThat(empty.statistics(activeElection())).isSameAs(first.statistics());

            audit("RESULTS_IMPORTED", "ELECTION");
            Forensics imported = empty.of(activeElection());
            assertThat(imported.statistics()).isNotSameAs(first.statistics());
            assertThat(data.officialReads).hasValue(2);
            assertThat(imported.queue().stream().map(v -> v.station().number() + " " + v.score().total()).toList())
                    .isEqualTo(first.queue().stream().map(v -> v.station().number() + " " + v.score().total()).toList());
        } finally {
            transaction.rollback();
        }
    }

    /**
     * Turnout is ballots issued over registered voters: a protocol that issues 7 ballots more than it
     * has voters, its ballots found left below them, has 100% turnout and more, and is drawn in the last
     * column of the fingerprint, not left out. In a transaction that is rolled back.
     */
    @Test
    void turnoutIsBallotsIssuedOverVotersAndAboveFullStaysInThePicture() throws Exception {
        transaction.begin();
        try {
            Object[] protocol = (Object[]) entityManager.createNativeQuery("""
                    select p.id, p.station_id from official_protocol p join polling_station s on s.id = p.station_id
                    where s.election_id = ?1 and p.ballot = 'PARTY_LIST' and p.ballots_found < p.registered_voters
                      and p.ballots_found > p.ballots_invalid
                    order by s.number limit 1""").setParameter(1, electionId()).getSingleResult();
            entityManager.createNativeQuery("update official_protocol set ballots_issued = registered_voters + 7 where id = ?1")
                    .setParameter(1, n(protocol[0])).executeUpdate();
            audit("RESULTS_IMPORTED", "ELECTION");
            ForensicsStatistics statistics = cache.statistics(activeElection());
            Object[] expected = (Object[]) entityManager.createNativeQuery("""
                    select count(*) filter (where p.ballots_issued > p.registered_voters),
                           count(*) filter (where 100 * p.ballots_issued / p.registered_voters >= 99)
                    from official_protocol p join polling_station s on s.id = p.station_id
                    where s.election_id = ?1 and p.ballot = 'PARTY_LIST' and p.registered_voters > 0
                      and (select sum(l.votes) from official_line l where l.protocol_id = p.id) > 0""")
                    .setParameter(1, electionId()).getSingleResult();
            assertThat(statistics.nation().fingerprint().aboveFull()).isEqualTo(n(expected[0])).isPositive();
            assertThat(Arrays.stream(statistics.nation().fingerprint().counts()[ForensicsStatistics.BINS - 1]).sum())
                    .isEqualTo((double) n(expected[1]));
            assertThat(statistics.flagged().get(n(protocol[1])).flags()).contains(StationFlag.FULL_TURNOUT);
        } finally {
            transaction.rollback();
        }
    }

    /** In the caller's transaction. */
    void audit(String action, String subjectType) {
        entityManager.createNativeQuery("""
                insert into audit_event (actor_subject, actor_name, action, subject_type, subject_id)
                values ('test', 'test', ?1, ?2, 0)""").setParameter(1, action).setParameter(2, subjectType)
                .executeUpdate();
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminsSeeTheForensics() {
        for (String path : List.of("/results/forensics", "/results/forensics/sample.csv", "/results/look-here-first")) {
            given().redirects().follow(false).get(path).then().statusCode(200);
        }
    }

    @Test
    @TestSecurity(user = "observer", roles = "observer")
    void observersMayNotSeeTheForensics() {
        for (String path : List.of("/results/forensics", "/results/forensics/sample.csv", "/results/look-here-first")) {
            given().redirects().follow(false).get(path).then().statusCode(403);
        }
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    void coordinatorsMayNotSeeTheForensics() {
        for (String path : List.of("/results/forensics", "/results/forensics/sample.csv", "/results/look-here-first")) {
            given().redirects().follow(false).get(path).then().statusCode(403);
        }
    }
}
