import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.observer.analysis.Forensics;
import org.observer.analysis.ForensicsData;
import org.observer.analysis.ForensicsStatistics;
import org.observer.analysis.ListedStation;
import org.observer.analysis.StationFigures;
import org.observer.election.LocalizedName;
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
 * districts, 8 ballot lines), timed against plain passes that add up every count of the same
 * stations, measured in the same run, in wall time and in this thread's CPU time (which other load on
 * the machine disturbs less); then the app's own computation (ForensicsStatistics and Forensics, with
 * its grouping per region and district, official figures and copies apart) on the same stations; and,
 * given a database (-Dbench.database=jdbc:postgresql://...), the whole computation the app runs when
 * the data change: ForensicsData's statements over JDBC, then the same computation on what they read.
 * Run by forensics.sh; see README.md.
 */
public class ForensicsBench {
    static final int STATIONS = Integer.getInteger("bench.stations", 10_200);
    static final int REGIONS = 20;
    static final int DISTRICTS = 29;
    static final int LINES = 8;
    static final int SIMULATIONS = Integer.getInteger("bench.simulations", 1000);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 15);
    static final double GOAL_SECONDS = 1.0;
    static final int BASELINE_PASSES = Integer.getInteger("bench.baseline-passes", 2000);
    static final String DATABASE = System.getProperty("bench.database", "");
    static final int DATABASE_ROUNDS = Integer.getInteger("bench.database-rounds", 5);

    public static void main(String[] args) {
        List<StationCounts> stations = generate(new SplittableRandom(19_03_2023));
        long[] regionOf = new long[stations.size()];
        for (int i = 0; i < regionOf.length; i++) {
            regionOf[i] = stations.get(i).district() % REGIONS;
        }
        System.out.printf("stations %,d, districts %d, regions %d, lines %d, round-number simulations %d, rounds %d%n",
                stations.size(), DISTRICTS, REGIONS, LINES, SIMULATIONS, ROUNDS);

        Map<String, Long> parts = new java.util.LinkedHashMap<>();
        long[] cold = new long[2];
        List<?> first = measure(cold, () -> everything(stations, regionOf, parts));
        printFindings(first);
        long[][] baseline = new long[2][ROUNDS];
        long[][] all = new long[2][ROUNDS];
        Map<String, long[]> partTimes = new java.util.LinkedHashMap<>();
        long[] times = new long[2];
        for (int round = 0; round < ROUNDS; round++) {
            measure(times, () -> plainPasses(stations));
            baseline[0][round] = times[0];
            baseline[1][round] = times[1];
            parts.clear();
            measure(times, () -> everything(stations, regionOf, parts));
            all[0][round] = times[0];
            all[1][round] = times[1];
            final int r = round;
            parts.forEach((name, nanos) -> partTimes.computeIfAbsent(name, n -> new long[ROUNDS])[r] = nanos);
        }
        double baselineWall = median(baseline[0]) / 1e6;
        double baselineCpu = median(baseline[1]) / 1e6;
        double allWall = median(all[0]) / 1e6;
        double allCpu = median(all[1]) / 1e6;
        System.out.printf("%nbaseline (a plain pass adding every count, %d times): median %.1f ms wall, %.1f ms CPU%n",
                BASELINE_PASSES, baselineWall, baselineCpu);
        System.out.printf("all forensics, first (cold) run: %.1f ms wall, %.1f ms CPU%n", cold[0] / 1e6, cold[1] / 1e6);
        System.out.printf("all forensics, median of %d warm runs: %.1f ms wall = %.2f x the baseline; %.1f ms CPU = %.2f x%n",
                ROUNDS, allWall, allWall / baselineWall, allCpu, allCpu / baselineCpu);
        partTimes.forEach((name, nanos) -> System.out.printf("  %-46s %8.2f ms wall  %6.3f x baseline%n", name,
                median(nanos) / 1e6, median(nanos) / 1e6 / baselineWall));
        System.out.printf("%ngoal: the whole set under %.0f s: warm %s, cold %s (CPU time; wall time %s and %s)%n", GOAL_SECONDS,
                verdict(allCpu), verdict(cold[1] / 1e6), verdict(allWall), verdict(cold[0] / 1e6));
        appComputation(stations, regionOf);
        if (!DATABASE.isEmpty()) {
            database(DATABASE);
        }
    }

    /**
     * ForensicsStatistics.compute and Forensics.score, as the cache runs them, on the generated
     * stations with an observer copy of every protocol (every 40th with the leader 7 votes lower):
     * the grouping, both sources' digit tests per region and district, the flags, sample and quick
     * count that the parts above leave out.
     */
    static void appComputation(List<StationCounts> stations, long[] regionOf) {
        List<ListedStation> list = new ArrayList<>(stations.size());
        List<StationFigures> official = new ArrayList<>(stations.size());
        List<StationFigures> copies = new ArrayList<>(stations.size());
        Map<Long, ObserverReports> reports = new HashMap<>();
        for (int i = 0; i < stations.size(); i++) {
            StationCounts counts = stations.get(i);
            LocalizedName region = new LocalizedName("Region " + regionOf[i], "Регион " + regionOf[i], "Өңір " + regionOf[i]);
            ListedStation station = new ListedStation(i + 1, String.format("%02d%04d", counts.district() + 1, counts.number()),
                    "Station " + i, "Street " + i, regionOf[i], "R" + regionOf[i], region, counts.district(), (int) counts.district() + 1);
            list.add(station);
            official.add(new StationFigures(station, counts, false));
            long[] copied = counts.votes().clone();
            copied[0] -= i % 40 == 0 ? Math.min(7, copied[0]) : 0;
            copies.add(new StationFigures(station, new StationCounts(counts.district(), counts.number(), counts.registered(),
                    counts.ballotsIssued(), copied), copied[0] != counts.votes()[0]));
            if (i % 3 == 0) {
                reports.put((long) i + 1, new ObserverReports(i % 2, i % 5 == 0 ? 1 : 0, i % 7 == 0 ? 1 : 0, i % 11 == 0 ? 1 : 0, 0));
            }
        }
        long[] statistics = new long[ROUNDS];
        long[] scores = new long[ROUNDS];
        long[] times = new long[2];
        ForensicsStatistics computed = null;
        for (int round = 0; round < ROUNDS; round++) {
            computed = measure(times, () -> ForensicsStatistics.compute("bench", list, official, copies));
            statistics[round] = times[0];
            ForensicsStatistics from = computed;
            measure(times, () -> Forensics.score(from, "bench", reports));
            scores[round] = times[0];
        }
        System.out.printf("%nthe app's computation on the same stations, a copy of every protocol (ForensicsStatistics, Forensics):%n"
                + "  statistics: first %.1f ms, median of %d %.1f ms wall; scores from reports: first %.1f ms, median %.1f ms%n"
                + "  (%d stations flagged, %d in the queue, quick count from %d sampled stations)%n",
                statistics[0] / 1e6, ROUNDS, median(statistics) / 1e6, scores[0] / 1e6, median(scores) / 1e6,
                computed.flagged().values().stream().filter(f -> !f.flags().isEmpty()).count(),
                Forensics.score(computed, "bench", reports).queue().size(), computed.sampledWithCopies());
    }

    /**
     * The whole computation as the cache runs it when the data change, on the database's active
     * election: each of ForensicsData's statements over JDBC (the JDBC driver instead of Hibernate's
     * native query: the same SQL, the same rows), the rows into records, the statistics and the scores.
     * The first round is cold (JIT and PostgreSQL's caches), then the median of the others.
     */
    static void database(String url) {
        String[] names = {"version look-ups", "station list", "official protocols", "observer copies", "reports",
                "statistics (compute)", "scores (compute)"};
        Laps laps = new Laps(names.length, DATABASE_ROUNDS);
        String size = "";
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url)) {
            long election = ((Number) rows(connection, "select id from election where active", 0).get(0)[0]).longValue();
            for (int round = 0; round < DATABASE_ROUNDS; round++) {
                laps.start(round);
                ForensicsData.Versions versions = ForensicsData.Versions.of(election, rows(connection, ForensicsData.VERSIONS, election).get(0));
                laps.lap();
                List<ListedStation> stations = ForensicsData.stationsOf(rows(connection, ForensicsData.LIST, election));
                laps.lap();
                List<StationFigures> official = ForensicsData.figuresOf(rows(connection, ForensicsData.OFFICIAL, election), stations);
                laps.lap();
                List<StationFigures> copies = ForensicsData.figuresOf(rows(connection, ForensicsData.COPIES, election), stations);
                laps.lap();
                Map<Long, ObserverReports> reports = ForensicsData.reportsOf(rows(connection, ForensicsData.REPORTS, election));
                laps.lap();
                ForensicsStatistics statistics = ForensicsStatistics.compute(versions.statistics(), stations, official, copies);
                laps.lap();
                Forensics forensics = Forensics.score(statistics, versions.reports(), reports);
                laps.lap();
                size = String.format("%,d stations, %,d official protocols, %,d copies, reports from %,d stations, %,d in the queue",
                        stations.size(), official.size(), copies.size(), reports.size(), forensics.queue().size());
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the database " + url + " could not be read", e);
        }
        System.out.printf("%nthe whole computation on the database (%s): %s%n"
                + "  (wall time; CPU: this thread's, so PostgreSQL's share of a statement is in its wall time only)%n",
                url.replaceAll("\\?.*", ""), size);
        for (int i = 0; i < names.length; i++) {
            System.out.printf("  %-24s first %7.1f ms (CPU %6.1f)   median of the next %d %7.1f ms (CPU %6.1f)%n", names[i],
                    laps.wall[i][0] / 1e6, laps.cpu[i][0] / 1e6, DATABASE_ROUNDS - 1, laps.warm(laps.wall, i, i) / 1e6,
                    laps.warm(laps.cpu, i, i) / 1e6);
        }
        int last = names.length - 1;
        System.out.printf("  %-24s first %7.1f ms (CPU %6.1f)   median of the next %d %7.1f ms (CPU %6.1f); SQL and rows %.1f ms%n",
                "all", laps.first(laps.wall) / 1e6, laps.first(laps.cpu) / 1e6, DATABASE_ROUNDS - 1,
                laps.warm(laps.wall, 0, last) / 1e6, laps.warm(laps.cpu, 0, last) / 1e6, laps.warm(laps.wall, 0, 4) / 1e6);
        System.out.printf("goal: the whole computation under %.0f s (wall time): first %s, then %s; "
                + "a report filed or reviewed costs only the version look-ups, the reports and the scores: %.1f ms%n",
                GOAL_SECONDS, verdict(laps.first(laps.wall) / 1e6), verdict(laps.warm(laps.wall, 0, last) / 1e6),
                (laps.warm(laps.wall, 0, 0) + laps.warm(laps.wall, 4, 4) + laps.warm(laps.wall, 6, 6)) / 1e6);
    }

    /** Wall and thread CPU time of each part of each round, in nanoseconds. */
    static final class Laps {
        final long[][] wall;
        final long[][] cpu;
        private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        private int round;
        private int part;
        private long wallAt;
        private long cpuAt;

        Laps(int parts, int rounds) {
            wall = new long[parts][rounds];
            cpu = new long[parts][rounds];
        }

        void start(int round) {
            this.round = round;
            part = 0;
            wallAt = System.nanoTime();
            cpuAt = threads.getCurrentThreadCpuTime();
        }

        /** The time since the last lap (or the start) is the round's next part. */
        void lap() {
            long wallNow = System.nanoTime();
            long cpuNow = threads.getCurrentThreadCpuTime();
            wall[part][round] = wallNow - wallAt;
            cpu[part][round] = cpuNow - cpuAt;
            part++;
            wallAt = wallNow;
            cpuAt = cpuNow;
        }

        /** Parts 0..n of the first round added up. */
        long first(long[][] times) {
            return Arrays.stream(times).mapToLong(t -> t[0]).sum();
        }

        /** The median over the rounds after the first of parts from..to added up. */
        double warm(long[][] times, int from, int to) {
            long[] sums = new long[times[0].length - 1];
            for (int round = 1; round < times[0].length; round++) {
                for (int p = from; p <= to; p++) {
                    sums[round - 1] += times[p][round];
                }
            }
            return median(sums);
        }
    }

    /** The rows of a statement written for JPA (?1 is the election, as often as it occurs). */
    static List<Object[]> rows(java.sql.Connection connection, String sql, long election) throws java.sql.SQLException {
        int uses = sql.split("\\?1", -1).length - 1;
        try (java.sql.PreparedStatement statement = connection.prepareStatement(sql.replace("?1", "?"))) {
            for (int i = 1; i <= uses; i++) {
                statement.setLong(i, election);
            }
            try (java.sql.ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    static String verdict(double milliseconds) {
        return milliseconds < GOAL_SECONDS * 1000 ? "met" : "NOT met";
    }

    /** Everything the forensics pages show, as the results package would compute it once per data version. */
    static List<Object> everything(List<StationCounts> stations, long[] regionOf, Map<String, Long> parts) {
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

    /** What two of the tests find in the generated election, so a reader sees them at work. */
    static void printFindings(List<?> results) {
        for (Object result : results) {
            if (result instanceof RoundNumbers round) {
                System.out.printf("round numbers: either whole, observed %d, expected %.1f (99%%: %d-%d), p = %.4f%n",
                        round.either().observed(), round.either().expected(), round.either().low99(), round.either().high99(),
                        round.either().pValue());
            } else if (result instanceof QuickCount count) {
                QuickCount.LineEstimate leader = count.lines().get(0);
                System.out.printf("quick count: leader %.2f%% +- %.2f (95%%) from %d stations%n", 100 * leader.share(),
                        100 * leader.margin95(), count.stationsReported());
            }
        }
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

    /**
     * The baseline: a plain pass over the same arrays adding every count, repeated so that it lasts
     * about as long as the work it is compared with; a baseline of a fraction of a millisecond is rarely
     * interrupted on a busy machine while 100 ms of work is, and their ratio would measure the load.
     */
    static Object plainPasses(List<StationCounts> stations) {
        long sum = 0;
        for (int pass = 0; pass < BASELINE_PASSES; pass++) {
            for (StationCounts station : stations) {
                sum += station.registered() + station.ballotsIssued() + pass;
                for (long vote : station.votes()) {
                    sum += vote;
                }
            }
        }
        return sum;
    }

    /**
     * Stations like a national party-list election: turnout about 55%, the leader about 54%; 3% of the
     * stations stuffed toward 100% / 100%, 3% with results written to a round percentage.
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
            boolean rounded = random.nextDouble() < 0.03;
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

    /** Runs the work and puts its wall time and this thread's CPU time, in nanoseconds, into {@code times}. */
    static <T> T measure(long[] times, Supplier<T> work) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T result = work.get();
        times[0] = System.nanoTime() - start;
        times[1] = threads.getCurrentThreadCpuTime() - cpu;
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return result;
    }

    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }
}
