package org.observer.tally;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.observer.data.Upsert;
import org.observer.data.csv.CsvFile;
import org.observer.data.csv.CsvRow;
import org.observer.data.csv.ImportProblems;
import org.observer.election.Election;

/**
 * Imports the commission's per-station protocols from protocols.csv (README, "Official results"):
 * one row per protocol line, {@code station,ballot,line,votes}, where the line is a protocol figure
 * (registered_voters ... ballots_invalid), a party code on the party list, or a candidate's position
 * on the single-member ballot. Every protocol must be complete. All rows or none; protocols are
 * matched by station and ballot, so importing again changes nothing.
 */
@ApplicationScoped
public class OfficialResultImport {
    private static final Logger LOG = Logger.getLogger(OfficialResultImport.class);
    public static final String FILE = "protocols.csv";
    static final List<String> COLUMNS = List.of("station", "ballot", "line", "votes");
    /** The protocol's figures, in the order of the protocol and of official_protocol's columns. */
    public static final List<String> FIGURES = List.of("registered_voters", "ballots_received", "ballots_issued",
            "ballots_unused", "ballots_found", "ballots_invalid");
    private static final Pattern POSITION = Pattern.compile("\\d{1,4}");

    private static final Upsert PROTOCOLS = new Upsert("official_protocol", List.of("station_id", "ballot"), FIGURES);
    private static final Upsert LINES = new Upsert("official_line",
            List.of("protocol_id", "ballot_line_id", "candidate_id"), List.of("votes"));

    /** Rows read, protocols in the file, and rows added or changed. */
    public record Result(int rows, int protocols, int protocolsChanged, int linesChanged) {
    }

    /** One protocol as the file gives it, with the line it starts on. */
    private static final class Protocol {
        final Choices.Station station;
        final String number;
        final Ballot ballot;
        final int firstLine;
        final Map<String, Integer> figures = new LinkedHashMap<>();
        /** Votes by ballot line id or candidate id. */
        final Map<Long, Integer> votes = new LinkedHashMap<>();

        Protocol(Choices.Station station, String number, Ballot ballot, int firstLine) {
            this.station = station;
            this.number = number;
            this.ballot = ballot;
            this.firstLine = firstLine;
        }
    }

    @Inject
    EntityManager entityManager;

    static final org.observer.audit.AuditTrail.Actor IMPORT = new org.observer.audit.AuditTrail.Actor("import",
            "official results import");

    @Inject
    org.observer.audit.AuditTrail audit;

    public Result run(Election election, InputStream file) {
        return run(election, file, null);
    }

    /** Imports the file; {@code actor} is who is named in the audit trail (null: the import itself). */
    @Transactional
    public Result run(Election election, InputStream file, org.observer.audit.AuditTrail.Actor actor) {
        ImportProblems problems = new ImportProblems();
        List<CsvRow> rows = CsvFile.read(FILE, file, COLUMNS, problems);
        Choices choices = Choices.of(entityManager, election);
        Map<String, Protocol> protocols = new LinkedHashMap<>();
        for (CsvRow row : rows) {
            String number = row.required("station");
            Ballot ballot = row.choice("ballot", Ballot.class);
            String line = row.required("line");
            Integer votes = row.integer("votes", 0, TallyForm.MOST_BALLOTS);
            Choices.Station station = number == null ? null : choices.stations().get(number);
            if (number != null && station == null) {
                row.problem("station " + number + " is not a station of " + election.code);
            }
            if (station == null || ballot == null || line == null || votes == null) {
                continue;
            }
            Protocol protocol = protocols.computeIfAbsent(number + "/" + ballot,
                    key -> new Protocol(station, number, ballot, row.line()));
            if (FIGURES.contains(line.toLowerCase())) {
                if (protocol.figures.putIfAbsent(line.toLowerCase(), votes) != null) {
                    row.problem(line + " of station " + number + " (" + ballot + ") is given twice");
                }
                continue;
            }
            Long choice = choice(choices, station, ballot, line, row);
            if (choice != null && protocol.votes.putIfAbsent(choice, votes) != null) {
                row.problem(line + " of station " + number + " (" + ballot + ") is given twice");
            }
        }
        for (Protocol protocol : protocols.values()) {
            checkComplete(protocol, choices, problems);
        }
        problems.throwIfAny();
        Result result = entityManager.unwrap(Session.class)
                .doReturningWork(connection -> write(connection, rows.size(), protocols.values()));
        entityManager.clear();
        if (result.protocolsChanged() + result.linesChanged() > 0) {
            // the trail says who changed the official figures; its new row also moves the data version the
            // results pages and the forensics cache follow, so a correction in place is seen at once
            audit.record(actor == null ? IMPORT : actor, "RESULTS_IMPORTED", "ELECTION", election.id, null, null,
                    result.protocolsChanged() + " protocols, " + result.linesChanged() + " lines");
        }
        LOG.infof("Imported official results of %s: %s", election.code, result);
        return result;
    }

    private static Long choice(Choices choices, Choices.Station station, Ballot ballot, String line, CsvRow row) {
        if (ballot == Ballot.PARTY_LIST) {
            Long id = choices.ballotLines().get(line.toUpperCase());
            if (id == null) {
                row.problem("line '" + line + "' is neither a protocol figure (" + String.join(", ", FIGURES)
                        + ") nor a party code of the ballot");
            }
            return id;
        }
        Long id = POSITION.matcher(line).matches()
                ? choices.candidates().get(station.districtId() + "/" + Integer.parseInt(line)) : null;
        if (id == null) {
            row.problem("line '" + line + "' is neither a protocol figure (" + String.join(", ", FIGURES)
                    + ") nor the position of a candidate in the station's district");
        }
        return id;
    }

    private static void checkComplete(Protocol protocol, Choices choices, ImportProblems problems) {
        Set<String> missing = new LinkedHashSet<>();
        for (String figure : FIGURES) {
            if (!protocol.figures.containsKey(figure)) {
                missing.add(figure);
            }
        }
        choices.linesOf(protocol.ballot, protocol.station).forEach((label, id) -> {
            if (!protocol.votes.containsKey(id)) {
                missing.add(label);
            }
        });
        if (!missing.isEmpty()) {
            problems.add(FILE, protocol.firstLine, "the protocol of station " + protocol.number + " ("
                    + protocol.ballot + ") that starts here lacks " + String.join(", ", missing));
        }
    }

    private static Result write(Connection connection, int rows, Iterable<Protocol> protocols) throws SQLException {
        List<Object[]> protocolRows = new ArrayList<>();
        int count = 0;
        for (Protocol p : protocols) {
            Object[] row = new Object[2 + FIGURES.size()];
            row[0] = p.station.id();
            row[1] = p.ballot.name();
            for (int i = 0; i < FIGURES.size(); i++) {
                row[2 + i] = p.figures.get(FIGURES.get(i));
            }
            protocolRows.add(row);
            count++;
        }
        int protocolsChanged = PROTOCOLS.write(connection, protocolRows);
        Map<String, Long> ids = Upsert.ids(connection, """
                select p.station_id || '/' || p.ballot, p.id from official_protocol p
                where p.station_id = any (?)""", connection.createArrayOf("bigint",
                protocolRows.stream().map(r -> r[0]).distinct().toArray()));
        List<Object[]> lineRows = new ArrayList<>();
        for (Protocol p : protocols) {
            long protocolId = ids.get(p.station.id() + "/" + p.ballot.name());
            p.votes.forEach((choice, votes) -> lineRows.add(p.ballot == Ballot.PARTY_LIST
                    ? new Object[] { protocolId, choice, null, votes }
                    : new Object[] { protocolId, null, choice, votes }));
        }
        Result result = new Result(rows, count, protocolsChanged, LINES.write(connection, lineRows));
        if (protocolsChanged + result.linesChanged() > 0) {
            written(connection, protocolRows.stream().map(r -> r[0]).distinct().toArray());
        }
        return result;
    }

    /**
     * What every writer of official protocols calls once it has written those of these stations: the
     * protocols' sums and the comparisons of the stations' observer copies, which the results pages
     * read, follow (official_results_changed, V21).
     */
    public static void written(Connection connection, Object[] stationIds) throws SQLException {
        try (var statement = connection.prepareStatement("select official_results_changed(?)")) {
            statement.setArray(1, connection.createArrayOf("bigint", stationIds));
            statement.execute();
        }
    }
}
