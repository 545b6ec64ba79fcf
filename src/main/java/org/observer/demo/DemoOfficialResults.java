package org.observer.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.observer.data.ReceiptCode;
import org.observer.election.Election;
import org.observer.tally.OfficialResultImport;
import org.observer.tally.TallyCheck;
import org.observer.tally.TallyForm;

/**
 * Generated official results of the demo election, per station and ballot, whose national sums are
 * exactly the final results of 19 March 2023 (REFERENCE.md: votes per party and "against all",
 * 6,521,860 ballots issued), with each unit's turnout near its published preliminary turnout; and
 * the observers' copies of the protocols of the stations they were assigned to.
 *
 * <p>A known few copies differ from the official protocol: at every {@value #DIFFERING_EVERY}th
 * observed station (in order of station number) the official party-list protocol counts more
 * ballots for AMANAT than the observer copied, as stuffed ballots would; every
 * {@value #FLAGGED_EVERY}th observed station's copy does not add up and is flagged. The demo
 * accounts (observer, observer2, observer3) have no generated copy, so they start as new observers do.
 *
 * <p>Seeded; written with COPY in one transaction, and only when the election has no official
 * protocol yet, so a restart changes nothing.
 */
@ApplicationScoped
public class DemoOfficialResults {
    static final int DIFFERING_EVERY = 40;
    static final int FLAGGED_EVERY = 97;
    static final long BALLOTS_ISSUED = 6_521_860L;
    /** Final votes per ballot line, REFERENCE.md (People's Party 432,920 as in every final source). */
    static final Map<String, Long> VOTES = Map.of("AMANAT", 3_431_510L, "AUYL", 693_938L, "RESPUBLICA", 547_154L,
            "AQJOL", 535_139L, "QHP", 432_920L, "JSDP", 331_058L, "BAYTAQ", 146_431L, "AGAINST_ALL", 248_291L);
    /** Preliminary turnout by unit, percent (REFERENCE.md); abroad is not published: a guess. */
    static final Map<String, Double> TURNOUT = Map.ofEntries(Map.entry("ABAI", 57.02), Map.entry("AKMOLA", 60.01),
            Map.entry("AKTOBE", 58.00), Map.entry("ALMATY_REGION", 60.03), Map.entry("ATYRAU", 51.23),
            Map.entry("WEST_KAZAKHSTAN", 59.20), Map.entry("ZHAMBYL", 65.21), Map.entry("ZHETYSU", 55.32),
            Map.entry("KARAGANDA", 59.48), Map.entry("KOSTANAY", 65.10), Map.entry("KYZYLORDA", 67.21),
            Map.entry("MANGYSTAU", 54.10), Map.entry("PAVLODAR", 58.68), Map.entry("NORTH_KAZAKHSTAN", 65.25),
            Map.entry("TURKISTAN", 53.01), Map.entry("ULYTAU", 58.99), Map.entry("EAST_KAZAKHSTAN", 64.15),
            Map.entry("ASTANA", 42.91), Map.entry("ALMATY", 25.82), Map.entry("SHYMKENT", 45.46),
            Map.entry("ABROAD", 40.0));

    @Inject
    EntityManager entityManager;

    private record Station(long id, String number, String unit, long district, int registered, ZoneId zone) {
    }

    private record Line(long id, String code) {
    }

    private record Candidate(long id, String party) {
    }

    /** One protocol's figures; the votes are in the order of its ballot's lines. */
    private record Protocol(int registered, int received, int issued, int unused, int found, int invalid,
            long[] votes) {
        Protocol withAmanatLess(int index, int fewer) {
            long[] copied = votes.clone();
            copied[index] -= fewer;
            return new Protocol(registered, received, issued - fewer, unused + fewer, found - fewer, invalid, copied);
        }

        Protocol withInvalid(int typed) {
            return new Protocol(registered, received, issued, unused, found, typed, votes);
        }
    }

    /** Generates the results unless the election has some; returns the number of protocols written. */
    @Transactional
    public int generate(Election election, long seed) {
        boolean present = !entityManager.createNativeQuery("""
                select 1 from official_protocol p join polling_station s on s.id = p.station_id
                where s.election_id = ?1 limit 1""").setParameter(1, election.id).getResultList().isEmpty();
        if (present) {
            return 0;
        }
        List<Station> stations = new ArrayList<>();
        for (Object[] r : rows("""
                select s.id, s.number, u.code, s.district_id, s.registered_voters, coalesce(s.time_zone, u.time_zone)
                from polling_station s join administrative_unit u on u.id = s.unit_id
                where s.election_id = ?1 order by s.number""", election.id)) {
            stations.add(new Station(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    ((Number) r[3]).longValue(), ((Number) r[4]).intValue(), ZoneId.of((String) r[5])));
        }
        List<Line> lines = new ArrayList<>();
        for (Object[] r : rows("select id, code from ballot_line where election_id = ?1 order by position", election.id)) {
            lines.add(new Line(((Number) r[0]).longValue(), (String) r[1]));
        }
        Map<Long, List<Candidate>> candidates = new LinkedHashMap<>();
        for (Object[] r : rows("""
                select c.district_id, c.id, b.code from candidate c join district d on d.id = c.district_id
                left join ballot_line b on b.id = c.ballot_line_id
                where d.election_id = ?1 order by c.district_id, c.position""", election.id)) {
            candidates.computeIfAbsent(((Number) r[0]).longValue(), d -> new ArrayList<>())
                    .add(new Candidate(((Number) r[1]).longValue(), (String) r[2]));
        }
        if (stations.isEmpty() || !lines.stream().map(Line::code).toList().containsAll(VOTES.keySet())) {
            return 0;
        }
        Random random = new Random(seed);
        long[] issued = issued(stations, random);
        Protocol[] partyList = partyList(stations, lines, issued, random);
        Protocol[] singleMember = singleMember(stations, candidates, partyList, random);
        Map<Long, Long> observers = observers(election);
        entityManager.unwrap(Session.class).doWork(connection -> write(connection, election, stations, lines,
                candidates, partyList, singleMember, observers, random));
        return stations.size() * 2;
    }

    /** Ballots issued per station: each unit's published turnout, scaled to the national total. */
    private static long[] issued(List<Station> stations, Random random) {
        Map<String, List<Integer>> byUnit = new LinkedHashMap<>();
        for (int i = 0; i < stations.size(); i++) {
            byUnit.computeIfAbsent(stations.get(i).unit(), u -> new ArrayList<>()).add(i);
        }
        List<String> units = new ArrayList<>(byUnit.keySet());
        double[] unitWeights = new double[units.size()];
        for (int u = 0; u < units.size(); u++) {
            long registered = byUnit.get(units.get(u)).stream().mapToLong(i -> stations.get(i).registered()).sum();
            unitWeights[u] = registered * TURNOUT.getOrDefault(units.get(u), 54.19);
        }
        long[] unitIssued = Apportion.of(BALLOTS_ISSUED, unitWeights);
        long[] issued = new long[stations.size()];
        for (int u = 0; u < units.size(); u++) {
            List<Integer> members = byUnit.get(units.get(u));
            double[] weights = new double[members.size()];
            for (int k = 0; k < weights.length; k++) {
                // stations differ around their unit's turnout; none issues more than it has voters
                double spread = Math.max(0.6, Math.min(1.4, 1 + 0.12 * random.nextGaussian()));
                weights[k] = stations.get(members.get(k)).registered() * spread;
            }
            long[] parts = Apportion.of(unitIssued[u], weights);
            for (int k = 0; k < parts.length; k++) {
                issued[members.get(k)] = Math.min(parts[k], stations.get(members.get(k)).registered());
            }
        }
        // what the caps took goes to the unit's stations with room, one ballot at a time
        long missing = BALLOTS_ISSUED;
        for (long n : issued) {
            missing -= n;
        }
        for (int i = 0; missing > 0; i = (i + 1) % stations.size()) {
            if (issued[i] < stations.get(i).registered() * 0.9) {
                issued[i]++;
                missing--;
            }
        }
        return issued;
    }

    private static Protocol[] partyList(List<Station> stations, List<Line> lines, long[] issued, Random random) {
        long totalVotes = VOTES.values().stream().mapToLong(Long::longValue).sum();
        int n = stations.size();
        int[] found = new int[n];
        double[] voteWeights = new double[n];
        for (int i = 0; i < n; i++) {
            // a ballot or two taken home at the larger stations
            found[i] = (int) issued[i] - (issued[i] > 500 && random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0);
            voteWeights[i] = issued[i] * (0.962 + 0.03 * random.nextDouble());
        }
        long[] votes = Apportion.of(totalVotes, voteWeights);
        // regional leanings, then fitted so that every line's national total is exact
        Map<String, double[]> leaning = new HashMap<>();
        double[][] expected = new double[n][lines.size()];
        for (int i = 0; i < n; i++) {
            double[] unit = leaning.computeIfAbsent(stations.get(i).unit(), u -> {
                double[] factors = new double[lines.size()];
                for (int l = 0; l < factors.length; l++) {
                    factors[l] = Math.exp(0.25 * random.nextGaussian());
                }
                return factors;
            });
            for (int l = 0; l < lines.size(); l++) {
                expected[i][l] = VOTES.get(lines.get(l).code()) * unit[l] * Math.exp(0.15 * random.nextGaussian());
            }
        }
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (double e : expected[i]) {
                    sum += e;
                }
                for (int l = 0; l < lines.size(); l++) {
                    expected[i][l] = sum == 0 ? 0 : expected[i][l] * votes[i] / sum;
                }
            }
            for (int l = 0; l < lines.size(); l++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += expected[i][l];
                }
                double factor = VOTES.get(lines.get(l).code()) / sum;
                for (int i = 0; i < n; i++) {
                    expected[i][l] *= factor;
                }
            }
        }
        long[][] counts = new long[n][];
        long[] deficit = new long[lines.size()];
        for (int l = 0; l < lines.size(); l++) {
            deficit[l] = VOTES.get(lines.get(l).code());
        }
        for (int i = 0; i < n; i++) {
            counts[i] = Apportion.of(votes[i], expected[i]);
            for (int l = 0; l < lines.size(); l++) {
                deficit[l] -= counts[i][l];
            }
        }
        // rounding leaves lines a few votes off their totals: move single votes between lines of a
        // station, which keeps every station's total
        for (int short_ = 0; short_ < lines.size(); short_++) {
            for (int over = 0; over < lines.size() && deficit[short_] > 0; over++) {
                for (int i = random.nextInt(n), seen = 0; deficit[short_] > 0 && deficit[over] < 0 && seen < n;
                        i = (i + 1) % n, seen++) {
                    if (counts[i][over] > 0) {
                        counts[i][over]--;
                        counts[i][short_]++;
                        deficit[over]++;
                        deficit[short_]--;
                    }
                }
            }
        }
        Protocol[] protocols = new Protocol[n];
        for (int i = 0; i < n; i++) {
            int registered = stations.get(i).registered();
            int received = registered + Math.max(1, registered / 100);
            protocols[i] = new Protocol(registered, received, (int) issued[i], received - (int) issued[i], found[i],
                    found[i] - (int) votes[i], counts[i]);
        }
        return protocols;
    }

    private static Protocol[] singleMember(List<Station> stations, Map<Long, List<Candidate>> candidates,
            Protocol[] partyList, Random random) {
        Map<Long, double[]> strength = new HashMap<>();
        Protocol[] protocols = new Protocol[stations.size()];
        for (int i = 0; i < stations.size(); i++) {
            List<Candidate> running = candidates.getOrDefault(stations.get(i).district(), List.of());
            double[] base = strength.computeIfAbsent(stations.get(i).district(), d -> {
                double[] s = new double[running.size()];
                for (int c = 0; c < s.length; c++) {
                    double party = running.get(c).party() == null ? 400_000 : VOTES.get(running.get(c).party());
                    s[c] = party * Math.exp(0.5 * random.nextGaussian());
                }
                return s;
            });
            double[] weights = new double[base.length];
            for (int c = 0; c < weights.length; c++) {
                weights[c] = base[c] * Math.exp(0.2 * random.nextGaussian());
            }
            Protocol p = partyList[i];
            long votes = running.isEmpty() ? 0 : Math.round(p.found() * (0.95 + 0.035 * random.nextDouble()));
            protocols[i] = new Protocol(p.registered(), p.received(), p.issued(), p.unused(), p.found(),
                    p.found() - (int) votes, Apportion.of(votes, weights));
        }
        return protocols;
    }

    /** The accreditation whose copy each observed station gets: the first one assigned there. */
    private Map<Long, Long> observers(Election election) {
        Map<Long, Long> observers = new HashMap<>();
        for (Object[] r : rows("""
                select sa.station_id, min(sa.accreditation_id) from station_assignment sa
                join accreditation a on a.id = sa.accreditation_id
                where a.election_id = ?1 and a.login not in (?2, ?3, ?4)
                group by sa.station_id""", election.id, "observer", "observer2", "observer3")) {
            observers.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return observers;
    }

    private static void write(Connection connection, Election election, List<Station> stations, List<Line> lines,
            Map<Long, List<Candidate>> candidates, Protocol[] partyList, Protocol[] singleMember,
            Map<Long, Long> observers, Random random) throws SQLException {
        StringBuilder protocols = new StringBuilder();
        for (int i = 0; i < stations.size(); i++) {
            protocolRow(protocols, stations.get(i).id(), "PARTY_LIST", partyList[i]);
            if (!candidates.getOrDefault(stations.get(i).district(), List.of()).isEmpty()) {
                protocolRow(protocols, stations.get(i).id(), "SINGLE_MEMBER", singleMember[i]);
            }
        }
        copy(connection, "official_protocol (station_id, ballot, registered_voters, ballots_received, ballots_issued,"
                + " ballots_unused, ballots_found, ballots_invalid)", protocols);
        Map<String, Long> protocolIds = ids(connection, """
                select p.station_id || '/' || p.ballot, p.id from official_protocol p
                join polling_station s on s.id = p.station_id where s.election_id = """ + election.id);
        StringBuilder officialLines = new StringBuilder();
        for (int i = 0; i < stations.size(); i++) {
            Station s = stations.get(i);
            long partyId = protocolIds.get(s.id() + "/PARTY_LIST");
            for (int l = 0; l < lines.size(); l++) {
                officialLines.append(partyId).append('\t').append(lines.get(l).id()).append("\t\\N\t")
                        .append(partyList[i].votes()[l]).append('\n');
            }
            List<Candidate> running = candidates.getOrDefault(s.district(), List.of());
            Long memberId = protocolIds.get(s.id() + "/SINGLE_MEMBER");
            for (int c = 0; c < running.size(); c++) {
                officialLines.append(memberId).append("\t\\N\t").append(running.get(c).id()).append('\t')
                        .append(singleMember[i].votes()[c]).append('\n');
            }
        }
        copy(connection, "official_line (protocol_id, ballot_line_id, candidate_id, votes)", officialLines);
        OfficialResultImport.written(connection, stations.stream().map(Station::id).toArray());
        writeTallies(connection, election, stations, lines, candidates, partyList, singleMember, observers, random);
    }

    private static void writeTallies(Connection connection, Election election, List<Station> stations,
            List<Line> lines, Map<Long, List<Candidate>> candidates, Protocol[] partyList, Protocol[] singleMember,
            Map<Long, Long> observers, Random random) throws SQLException {
        int amanat = lines.stream().map(Line::code).toList().indexOf("AMANAT");
        StringBuilder tallies = new StringBuilder();
        Map<String, long[]> copiedVotes = new HashMap<>();
        int observed = 0;
        for (int i = 0; i < stations.size(); i++) {
            Station s = stations.get(i);
            Long observer = observers.get(s.id());
            if (observer == null) {
                continue;
            }
            observed++;
            Protocol copy = partyList[i];
            String comment = "";
            if (observed % DIFFERING_EVERY == 0 && copy.votes()[amanat] > 10) {
                copy = copy.withAmanatLess(amanat, 5 + random.nextInt((int) Math.min(60, copy.votes()[amanat] - 5)));
            } else if (observed % FLAGGED_EVERY == 0) {
                copy = copy.withInvalid(copy.invalid() + 10);
                comment = "Generated demo tally: the protocol as posted does not add up.";
            }
            LocalTime time = LocalTime.of(21, 0).plusMinutes(random.nextInt(170));
            String receivedAt = election.electionDate.atTime(time).atZone(s.zone()).toOffsetDateTime().toString();
            tallyRow(tallies, copiedVotes, election, s, observer, "PARTY_LIST", copy, comment, receivedAt);
            if (!candidates.getOrDefault(s.district(), List.of()).isEmpty()) {
                tallyRow(tallies, copiedVotes, election, s, observer, "SINGLE_MEMBER", singleMember[i], "", receivedAt);
            }
        }
        copy(connection, "tally (election_id, submission_id, receipt_code, station_id, accreditation_id,"
                + " station_assigned, ballot, registered_voters, ballots_received, ballots_issued, ballots_unused,"
                + " ballots_found, ballots_invalid, failed_checks, comment, flagged, received_at)", tallies);
        Map<String, Long> tallyIds = ids(connection, "select submission_id::text, id from tally where election_id = "
                + election.id + " and comment like 'Generated demo tally%'");
        StringBuilder tallyLines = new StringBuilder();
        for (Station s : stations) {
            if (!observers.containsKey(s.id())) {
                continue;
            }
            for (String ballot : List.of("PARTY_LIST", "SINGLE_MEMBER")) {
                String submission = submissionId(election, s, ballot).toString();
                long[] votes = copiedVotes.get(submission);
                if (votes == null) {
                    continue;
                }
                long tally = tallyIds.get(submission);
                List<Candidate> running = candidates.getOrDefault(s.district(), List.of());
                for (int k = 0; k < votes.length; k++) {
                    tallyLines.append(tally).append('\t');
                    if (ballot.equals("PARTY_LIST")) {
                        tallyLines.append(lines.get(k).id()).append("\t\\N\t");
                    } else {
                        tallyLines.append("\\N\t").append(running.get(k).id()).append('\t');
                    }
                    tallyLines.append(votes[k]).append('\n');
                }
            }
        }
        copy(connection, "tally_line (tally_id, ballot_line_id, candidate_id, votes)", tallyLines);
    }

    private static UUID submissionId(Election election, Station station, String ballot) {
        return UUID.nameUUIDFromBytes(("demo-tally-" + election.code + "-" + station.number() + "-" + ballot)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void tallyRow(StringBuilder out, Map<String, long[]> copiedVotes, Election election, Station s,
            long observer, String ballot, Protocol p, String comment, String receivedAt) {
        List<Integer> votes = new ArrayList<>();
        for (long v : p.votes()) {
            votes.add((int) v);
        }
        List<TallyCheck> failed = TallyCheck.failing(new TallyForm.Figures(p.registered(), p.received(), p.issued(),
                p.unused(), p.found(), p.invalid(), votes));
        UUID submission = submissionId(election, s, ballot);
        copiedVotes.put(submission.toString(), p.votes());
        // every generated copy says so in its comment, which is how the loader finds them again
        String said = comment.isEmpty() ? "Generated demo tally." : comment;
        out.append(election.id).append('\t').append(submission).append('\t').append(ReceiptCode.next()).append('\t')
                .append(s.id()).append('\t').append(observer).append("\ttrue\t").append(ballot).append('\t')
                .append(p.registered()).append('\t').append(p.received()).append('\t').append(p.issued()).append('\t')
                .append(p.unused()).append('\t').append(p.found()).append('\t').append(p.invalid()).append('\t')
                .append('{').append(String.join(",", failed.stream().map(Enum::name).toList())).append("}\t")
                .append(said).append('\t').append(!failed.isEmpty()).append('\t').append(receivedAt).append('\n');
    }

    private static void protocolRow(StringBuilder out, long station, String ballot, Protocol p) {
        out.append(station).append('\t').append(ballot).append('\t').append(p.registered()).append('\t')
                .append(p.received()).append('\t').append(p.issued()).append('\t').append(p.unused()).append('\t')
                .append(p.found()).append('\t').append(p.invalid()).append('\n');
    }

    private static void copy(Connection connection, String target, StringBuilder rows) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + target + " from stdin", new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException(e);
        }
    }

    private static Map<String, Long> ids(Connection connection, String sql) throws SQLException {
        return org.observer.data.Upsert.ids(connection, sql);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }
}
