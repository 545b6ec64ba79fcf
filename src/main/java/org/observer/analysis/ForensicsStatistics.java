package org.observer.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.observer.election.LocalizedName;
import org.observer.forensics.CumulativeWinnerVotes;
import org.observer.forensics.DigitTest;
import org.observer.forensics.Fingerprint;
import org.observer.forensics.LastDigitTest;
import org.observer.forensics.QuickCount;
import org.observer.forensics.RoundNumbers;
import org.observer.forensics.SecondDigitTest;
import org.observer.forensics.StationCounts;
import org.observer.forensics.StationFlag;
import org.observer.forensics.StationOutliers;
import org.observer.forensics.StratifiedSample;

/**
 * Every statistic the forensics show, computed once per version of the figures it reads (the station
 * list, the official protocols and the observers' copies: see {@link ForensicsCache}); the reports'
 * part of the score is added apart ({@link Forensics}), so that a new report does not run the tests
 * again. Plain numbers only: the words and the SVG are made per request, in the reader's language.
 *
 * @param regions the fingerprint and cumulative curve per region (unit code), in unit order
 * @param digits per region, then per district, official and copies apart
 * @param stations every station of the election in number order
 * @param flagged per station with an official protocol, its findings and flags, keyed by station id
 * @param sample the quick-count stations, drawn from the station list (in station-number order)
 * @param officialShares each line's share of the official votes; empty while no official protocol is in
 * @param quickCount null while no copy from a sampled station has come in
 * @param strata the quick count's strata (the regions) by unit id
 */
public record ForensicsStatistics(String version, int leader, Picture nation, Map<String, Picture> regions,
        List<Digits> digits, RoundNumbers roundNumbers, List<ListedStation> stations, Map<Long, StationFlags> flagged,
        List<ListedStation> sample,
        int sampledWithCopies, QuickCount quickCount, double[] officialShares, Map<Long, Region> strata) {
    /** Fixed, so that the sample and the simulations are the same on every page and instance. */
    public static final long SEED = 20230319L;
    public static final int SAMPLE_SIZE = 300;
    public static final int SIMULATIONS = 1000;
    public static final int BINS = 100;

    /** A region as a stratum of the quick count. */
    public record Region(String code, LocalizedName name) {
    }

    public record Picture(String code, LocalizedName name, Fingerprint fingerprint, CumulativeWinnerVotes cumulative) {
    }

    /** @param scope REGION or DISTRICT @param source OFFICIAL or COPIES */
    public record Digits(String scope, String code, LocalizedName name, String source, DigitTest last,
            SecondDigitTest.Result second) {
    }

    /**
     * A station's official figures with what the tests found in them.
     *
     * @param identicalTo the number of the neighbouring station with the same figures, null if none
     */
    public record StationFlags(StationFigures figures, StationOutliers.Finding finding, Set<StationFlag> flags,
            String identicalTo) {
    }

    /** @param stations every station of the election in number order, with or without a protocol */
    public static ForensicsStatistics compute(String version, List<ListedStation> stations,
            List<StationFigures> official, List<StationFigures> copies) {
        List<StationCounts> counts = counts(official);
        int leader = StationCounts.nationalLeader(counts);
        Picture nation = picture("", null, counts, leader);
        Map<String, List<StationFigures>> byRegion = groupBy(official, s -> s.station().unitCode());
        Map<String, Picture> regions = new LinkedHashMap<>();
        byRegion.forEach((code, members) -> regions.put(code,
                picture(code, members.get(0).station().unitName(), counts(members), leader)));
        List<Digits> digits = new ArrayList<>();
        Map<Integer, Boolean> districtDigitsFlag = new HashMap<>();
        for (String source : List.of("OFFICIAL", "COPIES")) {
            List<StationFigures> figures = source.equals("OFFICIAL") ? official : copies;
            groupBy(figures, s -> s.station().unitCode()).forEach((code, members) -> digits
                    .add(digits("REGION", code, members.get(0).station().unitName(), source, members)));
            new TreeMap<>(groupBy(figures, s -> s.station().districtNumber())).forEach((number, members) -> {
                Digits d = digits("DISTRICT", String.valueOf(number), null, source, members);
                digits.add(d);
                if (source.equals("OFFICIAL")) {
                    districtDigitsFlag.put(number, StationFlag.digitsFlagDistrict(d.last(), d.second()));
                }
            });
        }
        Map<Long, StationFigures> copyOf = copies.stream().collect(Collectors.toMap(s -> s.station().id(), s -> s));
        List<StationOutliers.Finding> findings = StationOutliers.of(counts, leader);
        Map<Long, StationFlags> flagged = new LinkedHashMap<>();
        // the outlier test names a neighbour by its number as a whole number; pages show it as written
        Map<String, String> numberAsWritten = new HashMap<>();
        official.forEach(s -> numberAsWritten.put(s.counts().district() + "/" + s.counts().number(), s.station().number()));
        for (int i = 0; i < official.size(); i++) {
            StationFigures station = official.get(i);
            Set<StationFlag> flags = EnumSet.noneOf(StationFlag.class);
            flags.addAll(StationFlag.of(findings.get(i), leader));
            if (districtDigitsFlag.getOrDefault(station.station().districtNumber(), false)) {
                flags.add(StationFlag.DIGITS_IN_DISTRICT);
            }
            StationFigures copy = copyOf.get(station.station().id());
            if (copy != null && copy.differs()) {
                flags.add(StationFlag.OBSERVER_COPY_DIFFERS);
            }
            String identicalTo = findings.get(i).identicalNeighbour().stream()
                    .mapToObj(n -> numberAsWritten.get(station.counts().district() + "/" + n)).findFirst().orElse(null);
            flagged.put(station.station().id(), new StationFlags(station, findings.get(i),
                    java.util.Collections.unmodifiableSet(flags), identicalTo));
        }
        List<ListedStation> sample = sample(stations);
        List<QuickCount.Report> reported = new ArrayList<>();
        for (ListedStation station : sample) {
            StationFigures copy = copyOf.get(station.id());
            if (copy != null) {
                reported.add(new QuickCount.Report(station.unitId(), copy.counts().votes()));
            }
        }
        Map<Long, Integer> perStratum = stations.stream()
                .collect(Collectors.groupingBy(ListedStation::unitId, Collectors.summingInt(s -> 1)));
        QuickCount quickCount = reported.isEmpty() || reported.stream().allMatch(r -> sum(r.votes()) == 0) ? null
                : QuickCount.estimate(perStratum, reported);
        return new ForensicsStatistics(version, leader, nation, regions, List.copyOf(digits),
                RoundNumbers.of(counts, leader, SIMULATIONS, SEED), stations, flagged, sample, reported.size(), quickCount,
                shares(counts), strata(stations));
    }

    /** The regions no sampled station has sent a copy from: the estimate says nothing about them. */
    public List<Region> strataMissing() {
        return quickCount == null ? List.copyOf(strata.values())
                : quickCount.strataMissing().stream().map(strata::get).toList();
    }

    /** The regions with a copy from only one sampled station: their spread is unknown, so the margins leave it out. */
    public List<Region> strataWithoutVariance() {
        return quickCount == null ? List.of() : quickCount.strataWithoutVariance().stream().map(strata::get).toList();
    }

    /** Whether the estimate and its margins speak for the whole country: every region has two copies or more. */
    public boolean quickCountCoversAll() {
        return quickCount != null && quickCount.strataMissing().isEmpty() && quickCount.strataWithoutVariance().isEmpty();
    }

    private static Map<Long, Region> strata(List<ListedStation> stations) {
        Map<Long, Region> strata = new LinkedHashMap<>();
        stations.forEach(s -> strata.putIfAbsent(s.unitId(), new Region(s.unitCode(), s.unitName())));
        return strata;
    }

    public boolean hasOfficialResults() {
        return officialShares.length > 0;
    }

    public long seed() {
        return SEED;
    }

    /** @param measure turnout, share or either, as in the message keys measure_* */
    public record SpikeRow(String measure, RoundNumbers.Spike spike) {
    }

    public List<SpikeRow> spikes() {
        return List.of(new SpikeRow("turnout", roundNumbers.turnout()), new SpikeRow("share", roundNumbers.share()),
                new SpikeRow("either", roundNumbers.either()));
    }

    /**
     * The same draw anyone can repeat: from the election's station list (not from the stations whose
     * results are in, so that the sample exists before election night and stays put as protocols
     * arrive), regions as strata, stations in number order.
     */
    static List<ListedStation> sample(List<ListedStation> stations) {
        if (stations.isEmpty()) {
            return List.of();
        }
        long[] strata = stations.stream().mapToLong(ListedStation::unitId).toArray();
        StratifiedSample drawn = StratifiedSample.draw(strata, Math.min(SAMPLE_SIZE, stations.size()), SEED);
        return java.util.Arrays.stream(drawn.stations()).mapToObj(stations::get).toList();
    }

    static List<StationCounts> counts(List<StationFigures> stations) {
        return stations.stream().map(StationFigures::counts).toList();
    }

    /** Every line's votes at every station of the area: the counts the digit tests look at. */
    static long[] voteCounts(List<StationFigures> stations) {
        return stations.stream().flatMapToLong(s -> java.util.Arrays.stream(s.counts().votes())).toArray();
    }

    private static Digits digits(String scope, String code, LocalizedName name, String source, List<StationFigures> members) {
        long[] votes = voteCounts(members);
        return new Digits(scope, code, name, source, LastDigitTest.of(votes), SecondDigitTest.of(votes));
    }

    private static Picture picture(String code, LocalizedName name, List<StationCounts> counts, int leader) {
        return new Picture(code, name, Fingerprint.of(counts, leader, BINS, BINS, Fingerprint.Weight.STATIONS),
                CumulativeWinnerVotes.of(counts, leader));
    }

    private static <K> Map<K, List<StationFigures>> groupBy(List<StationFigures> stations,
            Function<StationFigures, K> key) {
        return stations.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    private static double[] shares(List<StationCounts> counts) {
        int lines = counts.isEmpty() ? 0 : counts.get(0).votes().length;
        double[] totals = new double[lines];
        double all = 0;
        for (StationCounts station : counts) {
            for (int line = 0; line < lines; line++) {
                totals[line] += station.votes()[line];
                all += station.votes()[line];
            }
        }
        for (int line = 0; line < lines; line++) {
            totals[line] = all == 0 ? 0 : totals[line] / all;
        }
        return totals;
    }

    private static long sum(long[] values) {
        return java.util.Arrays.stream(values).sum();
    }
}
