import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.observer.forensics.ChartLabels;
import org.observer.forensics.CumulativeCurveSvg;
import org.observer.forensics.CumulativeWinnerVotes;
import org.observer.forensics.DigitTest;
import org.observer.forensics.Fingerprint;
import org.observer.forensics.FingerprintSvg;
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

/**
 * Every forensics computation on a full-scale election (10,200 generated stations, 20 regions, 29
 * districts, 8 ballot lines), timed against a plain pass that adds up every count of the same
 * stations, measured in the same run. Run by forensics.sh; see README.md.
 */
public class ForensicsBench {
    static final int STATIONS = Integer.getInteger("bench.stations", 10_200);
    static final int REGIONS = 20;
    static final int DISTRICTS = 29;
    static final int LINES = 8;
    static final int SIMULATIONS = Integer.getInteger("bench.simulations", 1000);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 15);
    static final double GOAL_SECONDS = 1.0;

    public static void main(String[] args) {
        List<StationCounts> stations = generate(new SplittableRandom(19_03_2023));
        long[] regionOf = new long[stations.size()];
        for (int i = 0; i < regionOf.length; i++) {
            regionOf[i] = stations.get(i).district() % REGIONS;
        }
        System.out.printf("stations %,d, districts %d, regions %d, lines %d, round-number simulations %d, rounds %d%n",
                stations.size(), DISTRICTS, REGIONS, LINES, SIMULATIONS, ROUNDS);

        Map<String, Long> parts = new java.util.LinkedHashMap<>();
        long coldAll = time(() -> everything(stations, regionOf, parts));
        long[] baseline = new long[ROUNDS];
        long[] all = new long[ROUNDS];
        Map<String, long[]> partTimes = new java.util.LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            baseline[round] = time(() -> plainPass(stations));
            parts.clear();
            all[round] = time(() -> everything(stations, regionOf, parts));
            final int r = round;
            parts.forEach((name, nanos) -> partTimes.computeIfAbsent(name, n -> new long[ROUNDS])[r] = nanos);
        }
        double baselineMs = median(baseline) / 1e6;
        double allMs = median(all) / 1e6;
        System.out.printf("%nbaseline (plain pass adding every count): median %.3f ms%n", baselineMs);
        System.out.printf("all forensics, first (cold) run: %.1f ms%n", coldAll / 1e6);
        System.out.printf("all forensics, median of %d warm runs: %.1f ms = %.0f x the baseline%n", ROUNDS, allMs, allMs / baselineMs);
        partTimes.forEach((name, times) -> System.out.printf("  %-46s %8.2f ms  %8.0f x baseline%n", name,
                median(times) / 1e6, median(times) / 1e6 / baselineMs));
        System.out.printf("%ngoal: the whole set under %.0f s: %s (cold %s)%n", GOAL_SECONDS,
                allMs / 1000 < GOAL_SECONDS ? "met" : "NOT met", coldAll / 1e9 < GOAL_SECONDS ? "met" : "NOT met");
    }

    /** Everything the forensics pages show, as the results package would compute it once per data version. */
    static Object everything(List<StationCounts> stations, long[] regionOf, Map<String, Long> parts) {
        int leader = timed(parts, "national leader", () -> StationCounts.nationalLeader(stations));
        List<Object> results = new ArrayList<>();
        results.add(timed(parts, "fingerprint 100 x 100, by station", () -> Fingerprint.of(stations, leader, 100, 100, Fingerprint.Weight.STATIONS)));
        results.add(timed(parts, "fingerprint 100 x 100, by voters", () -> Fingerprint.of(stations, leader, 100, 100, Fingerprint.Weight.REGISTERED_VOTERS)));
        results.add(timed(parts, "fingerprint per region (20)", () -> perGroup(stations, regionOf, group ->
                Fingerprint.of(group, leader, 100, 100, Fingerprint.Weight.STATIONS))));
        CumulativeWinnerVotes curve = timed(parts, "cumulative winner votes", () -> CumulativeWinnerVotes.of(stations, leader));
        results.add(timed(parts, "SVG of the fingerprint and the curve", () -> {
            ChartLabels labels = new ChartLabels("title", "description", "turnout", "share");
            return FingerprintSvg.of((Fingerprint) results.get(0), "fingerprint", labels) + CumulativeCurveSvg.of(curve, "curve", labels);
        }));
        results.add(timed(parts, "digit tests: nation, 20 regions, 29 districts", () -> digitTests(stations, regionOf)));
        RoundNumbers round = timed(parts, "round numbers (" + SIMULATIONS + " simulations)", () -> RoundNumbers.of(stations, leader, SIMULATIONS, 42));
        results.add(round);
        List<StationOutliers.Finding> findings = timed(parts, "outliers (robust z, 100%, neighbours)", () -> StationOutliers.of(stations, leader));
        results.add(timed(parts, "look-here-first scores and queue", () -> {
            List<LookHereFirst> scores = new ArrayList<>(findings.size());
            for (int i = 0; i < findings.size(); i++) {
                scores.add(LookHereFirst.of(StationFlag.of(findings.get(i), leader), new ObserverReports(i % 3, i % 2, i % 5 == 0 ? 1 : 0, 0, 0)));
            }
            scores.sort(LookHereFirst.HIGHEST_FIRST);
            return scores;
        }));
        results.add(timed(parts, "quick count: sample 1,000 and estimate", () -> {
            StratifiedSample sample = StratifiedSample.draw(regionOf, 1000, 7);
            Map<Long, Integer> sizes = new HashMap<>();
            sample.strata().forEach(s -> sizes.put(s.key(), s.stations()));
            List<QuickCount.Report> reports = Arrays.stream(sample.stations())
                    .mapToObj(i -> new QuickCount.Report(regionOf[i], stations.get(i).votes())).toList();
            return QuickCount.estimate(sizes, reports);
        }));
        return results;
    }

    static List<Object> digitTests(List<StationCounts> stations, long[] regionOf) {
        List<Object> tests = new ArrayList<>();
        long[] districtOf = stations.stream().mapToLong(StationCounts::district).toArray();
        for (long[] groupOf : new long[][] {new long[stations.size()], regionOf, districtOf}) {
            for (List<StationCounts> group : groups(stations, groupOf).values()) {
                long[] counts = group.stream().flatMapToLong(s -> Arrays.stream(s.votes())).toArray();
                DigitTest last = LastDigitTest.of(counts);
                tests.add(last);
                tests.add(SecondDigitTest.of(counts));
            }
        }
        return tests;
    }

    static <T> List<T> perGroup(List<StationCounts> stations, long[] groupOf, java.util.function.Function<List<StationCounts>, T> test) {
        return groups(stations, groupOf).values().stream().map(test).toList();
    }

    static Map<Long, List<StationCounts>> groups(List<StationCounts> stations, long[] groupOf) {
        Map<Long, List<StationCounts>> groups = new HashMap<>();
        for (int i = 0; i < stations.size(); i++) {
            groups.computeIfAbsent(groupOf[i], g -> new ArrayList<>()).add(stations.get(i));
        }
        return groups;
    }

    /** The baseline: one pass over the same arrays, adding every count. */
    static Object plainPass(List<StationCounts> stations) {
        long sum = 0;
        for (StationCounts station : stations) {
            sum += station.registered() + station.ballotsCast();
            for (long vote : station.votes()) {
                sum += vote;
            }
        }
        return sum;
    }

    /**
     * Stations like a national party-list election: turnout about 55%, the leader about 54%; 3% of the
     * stations stuffed toward 100% / 100%, 1% with results written to a round percentage.
     */
    static List<StationCounts> generate(SplittableRandom random) {
        double[] support = {0.54, 0.11, 0.086, 0.084, 0.068, 0.052, 0.023, 0.039};
        List<StationCounts> stations = new ArrayList<>(STATIONS);
        for (int i = 0; i < STATIONS; i++) {
            long district = i % DISTRICTS;
            long registered = 200 + random.nextInt(2800);
            double turnout = Math.min(1, Math.max(0.1, 0.55 + 0.12 * gaussian(random)));
            double leaderShare = Math.min(0.98, Math.max(0.05, support[0] + 0.08 * gaussian(random)));
            boolean stuffed = random.nextDouble() < 0.03;
            boolean rounded = random.nextDouble() < 0.01;
            if (stuffed) {
                turnout = 0.9 + 0.1 * random.nextDouble();
                leaderShare = 0.85 + 0.14 * random.nextDouble();
            }
            if (rounded) {
                turnout = Math.round(turnout * 100) / 100.0;
                leaderShare = Math.round(leaderShare * 100) / 100.0;
            }
            long cast = Math.round(registered * turnout);
            long invalid = Math.round(cast * 0.01 * random.nextDouble());
            long valid = cast - invalid;
            long[] votes = new long[LINES];
            votes[0] = Math.round(valid * leaderShare);
            long rest = valid - votes[0];
            double otherSupport = 1 - support[0];
            for (int line = 1; line < LINES; line++) {
                votes[line] = line == LINES - 1 ? rest : Math.min(rest, Math.round((valid - votes[0]) * support[line] / otherSupport
                        * (0.7 + 0.6 * random.nextDouble())));
                rest -= line == LINES - 1 ? 0 : votes[line];
            }
            stations.add(new StationCounts(district, i / DISTRICTS + 1, registered, cast, votes));
        }
        return stations;
    }

    static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian in Java 17
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    static <T> T timed(Map<String, Long> parts, String name, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        parts.put(name, System.nanoTime() - start);
        return result;
    }

    static long time(Supplier<Object> work) {
        long start = System.nanoTime();
        Object result = work.get();
        long elapsed = System.nanoTime() - start;
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return elapsed;
    }

    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }
}
