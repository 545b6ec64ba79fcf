package org.observer.election;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.observer.data.Upsert;
import org.observer.data.csv.ImportProblems;
import org.observer.data.csv.ImportRejectedException;

/**
 * Imports an election definition: all of it in one transaction, or nothing when any row is bad.
 * Rows are matched by their natural keys, so importing the same files again changes nothing and an
 * edited file changes only what differs. Rows missing from a later file are kept (reports may
 * already point at them).
 */
@ApplicationScoped
public class ElectionImport {
    private static final Logger LOG = Logger.getLogger(ElectionImport.class);

    private static final Upsert BALLOT_LINES = new Upsert("ballot_line", List.of("election_id", "code"),
            List.of("position", "kind", "name_en", "name_ru", "name_kk", "colour"));
    private static final Upsert UNITS = new Upsert("administrative_unit", List.of("election_id", "code"),
            List.of("kind", "name_en", "name_ru", "name_kk", "time_zone"));
    private static final Upsert DISTRICTS = new Upsert("district", List.of("election_id", "number"),
            List.of("unit_id", "name_en", "name_ru", "name_kk"));
    private static final Upsert CANDIDATES = new Upsert("candidate", List.of("district_id", "position"),
            List.of("full_name", "ballot_line_id", "source"));
    private static final Upsert STATIONS = new Upsert("polling_station", List.of("election_id", "number"),
            List.of("name", "address", "unit_id", "district_id", "registered_voters", "country", "time_zone",
                    "latitude", "longitude", "source"));

    /** What an import did: rows read and rows added or changed, per file. */
    public record Result(String electionCode, long electionId, Map<String, Integer> rowsRead,
            Map<String, Integer> rowsChanged) {
        public int totalChanged() {
            return rowsChanged.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    @Inject
    EntityManager entityManager;

    /**
     * @param files the files by name ({@link ElectionDefinition#FILES}); absent optional ones may be missing
     * @throws ImportRejectedException with every problem found, when anything is wrong
     */
    @Transactional
    public Result run(Map<String, InputStream> files) {
        ImportProblems problems = new ImportProblems();
        ElectionDefinition definition = ElectionDefinition.read(files, problems);
        problems.throwIfAny();
        Result result = entityManager.unwrap(Session.class).doReturningWork(connection -> write(connection, definition));
        // Hibernate must not serve entities cached before the plain SQL changed them.
        entityManager.clear();
        LOG.infof("Imported election %s: %s rows read, %d added or changed", result.electionCode(),
                result.rowsRead(), result.totalChanged());
        return result;
    }

    private Result write(Connection connection, ElectionDefinition definition) throws SQLException {
        Map<String, Integer> read = new LinkedHashMap<>();
        Map<String, Integer> changed = new LinkedHashMap<>();
        ElectionDefinition.ElectionRow e = definition.election();
        long electionId = upsertElection(connection, e, changed);
        read.put(ElectionDefinition.ELECTION, 1);

        List<Object[]> lines = new ArrayList<>();
        for (var p : definition.parties()) {
            lines.add(new Object[] { electionId, p.code(), p.position(), p.kind().name(), p.name().en, p.name().ru,
                    p.name().kk, p.colour() });
        }
        count(read, changed, ElectionDefinition.PARTIES, lines.size(), BALLOT_LINES.write(connection, lines));

        List<Object[]> units = new ArrayList<>();
        for (var u : definition.units()) {
            units.add(new Object[] { electionId, u.code(), u.kind().name(), u.name().en, u.name().ru, u.name().kk,
                    u.timeZone() });
        }
        count(read, changed, ElectionDefinition.UNITS, units.size(), UNITS.write(connection, units));
        Map<String, Long> unitIds = Upsert.ids(connection, "select code, id from administrative_unit where election_id = ?", electionId);

        List<Object[]> districts = new ArrayList<>();
        for (var d : definition.districts()) {
            districts.add(new Object[] { electionId, d.number(), unitIds.get(d.unit()), d.name().en, d.name().ru,
                    d.name().kk });
        }
        count(read, changed, ElectionDefinition.DISTRICTS, districts.size(), DISTRICTS.write(connection, districts));
        Map<String, Long> districtIds = Upsert.ids(connection, "select number::text, id from district where election_id = ?", electionId);
        Map<String, Long> lineIds = Upsert.ids(connection, "select code, id from ballot_line where election_id = ?", electionId);

        List<Object[]> candidates = new ArrayList<>();
        for (var c : definition.candidates()) {
            candidates.add(new Object[] { districtIds.get(String.valueOf(c.district())), c.position(), c.fullName(),
                    c.party() == null ? null : lineIds.get(c.party()), c.source() });
        }
        count(read, changed, ElectionDefinition.CANDIDATES, candidates.size(), CANDIDATES.write(connection, candidates));

        List<Object[]> stations = new ArrayList<>();
        for (var s : definition.stations()) {
            stations.add(new Object[] { electionId, s.number(), s.name(), s.address(), unitIds.get(s.unit()),
                    districtIds.get(String.valueOf(s.district())), s.registeredVoters(), s.country(), s.timeZone(),
                    s.latitude(), s.longitude(), s.source() });
        }
        count(read, changed, ElectionDefinition.STATIONS, stations.size(), STATIONS.write(connection, stations));
        return new Result(e.code(), electionId, read, changed);
    }

    private static void count(Map<String, Integer> read, Map<String, Integer> changed, String file, int rows,
            int rowsChanged) {
        read.put(file, rows);
        changed.put(file, rowsChanged);
    }

    /** The first election imported becomes the active one. */
    private static long upsertElection(Connection connection, ElectionDefinition.ElectionRow e,
            Map<String, Integer> changed) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into election (code, name_en, name_ru, name_kk, election_date, list_seats, threshold_percent,
                                      seat_method, threshold_base, incident_window, active)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, make_interval(mins => ?), not exists (select 1 from election where active))
                on conflict (code) do update set
                    name_en = excluded.name_en, name_ru = excluded.name_ru, name_kk = excluded.name_kk,
                    election_date = excluded.election_date, list_seats = excluded.list_seats,
                    threshold_percent = excluded.threshold_percent, seat_method = excluded.seat_method,
                    threshold_base = excluded.threshold_base, incident_window = excluded.incident_window,
                    updated_at = now()
                where (election.name_en, election.name_ru, election.name_kk, election.election_date,
                       election.list_seats, election.threshold_percent, election.seat_method, election.threshold_base,
                       election.incident_window)
                      is distinct from
                      (excluded.name_en, excluded.name_ru, excluded.name_kk, excluded.election_date,
                       excluded.list_seats, excluded.threshold_percent, excluded.seat_method, excluded.threshold_base,
                       excluded.incident_window)
                """)) {
            upsert.setString(1, e.code());
            upsert.setString(2, e.name().en);
            upsert.setString(3, e.name().ru);
            upsert.setString(4, e.name().kk);
            upsert.setObject(5, e.date());
            upsert.setInt(6, e.listSeats());
            upsert.setBigDecimal(7, e.thresholdPercent());
            upsert.setString(8, e.seatMethod().name());
            upsert.setString(9, e.thresholdBase().name());
            upsert.setInt(10, e.incidentWindowMinutes());
            changed.put(ElectionDefinition.ELECTION, upsert.executeUpdate());
        }
        try (PreparedStatement select = connection.prepareStatement("select id from election where code = ?")) {
            select.setString(1, e.code());
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
