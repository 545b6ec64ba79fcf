package org.observer.accreditation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * Imports accreditations and station assignments from accreditations.csv (README, "Accreditations"),
 * all rows or none. An accreditation is matched by its login, so importing again changes nothing;
 * assignments are only added, never removed, by an import.
 */
@ApplicationScoped
public class AccreditationImport {
    private static final Logger LOG = Logger.getLogger(AccreditationImport.class);
    public static final String FILE = "accreditations.csv";
    static final List<String> COLUMNS = List.of("organisation", "organisation_country", "full_name", "kind", "country",
            "login", "stations");
    private static final Pattern LOGIN = Pattern.compile("[^\\s,;]{1,254}");

    private static final Upsert ORGANISATIONS = new Upsert("organisation", List.of("name"), List.of("country"));
    private static final Upsert ACCREDITATIONS = new Upsert("accreditation", List.of("election_id", "login"),
            List.of("organisation_id", "full_name", "kind", "country"));
    private static final Upsert ASSIGNMENTS = new Upsert("station_assignment",
            List.of("accreditation_id", "station_id"), List.of());

    record Row(String organisation, String organisationCountry, String fullName, Accreditation.Kind kind,
            String country, String login, List<Long> stations) {
    }

    /** Rows read and rows added or changed. */
    public record Result(int rows, int accreditationsChanged, int assignmentsAdded) {
    }

    @Inject
    EntityManager entityManager;

    @Transactional
    public Result run(Election election, InputStream file) {
        ImportProblems problems = new ImportProblems();
        List<CsvRow> csv = CsvFile.read(FILE, file, COLUMNS, problems);
        Map<String, Long> stationIds = stationIds(election);
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> loginLines = new HashMap<>();
        for (CsvRow row : csv) {
            String organisation = row.required("organisation");
            String organisationCountry = row.optionalCountry("organisation_country");
            String fullName = row.required("full_name");
            Accreditation.Kind kind = row.choice("kind", Accreditation.Kind.class);
            String country = row.country("country");
            String login = Accreditation.normalLogin(row.matching("login", LOGIN, "a username or e-mail address"));
            if (login != null) {
                Integer first = loginLines.putIfAbsent(login, row.line());
                if (first != null) {
                    row.problem("the login " + login + " is already on line " + first);
                    login = null;
                }
            }
            List<Long> stations = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String number : row.optional("stations").split("[\\s,;]+")) {
                if (number.isEmpty() || !seen.add(number)) {
                    continue;
                }
                Long id = stationIds.get(number);
                if (id == null) {
                    row.problem("station " + number + " is not a station of " + election.code);
                } else {
                    stations.add(id);
                }
            }
            if (organisation != null && fullName != null && kind != null && country != null && login != null) {
                rows.add(new Row(organisation, organisationCountry, fullName, kind, country, login, stations));
            }
        }
        problems.throwIfAny();
        Result result = entityManager.unwrap(Session.class).doReturningWork(c -> write(c, election.id, rows));
        entityManager.clear();
        LOG.infof("Imported accreditations for %s: %s", election.code, result);
        return result;
    }

    private Map<String, Long> stationIds(Election election) {
        Map<String, Long> ids = new HashMap<>();
        entityManager.createQuery("select s.number, s.id from PollingStation s where s.election = ?1", Object[].class)
                .setParameter(1, election)
                .getResultStream()
                .forEach(r -> ids.put((String) r[0], (Long) r[1]));
        return ids;
    }

    private static Result write(Connection connection, long electionId, List<Row> rows) throws SQLException {
        // an organisation is one whatever the case of its name: use the spelling already stored
        Map<String, String> spelling = new HashMap<>();
        Upsert.ids(connection, "select name, id from organisation").keySet()
                .forEach(name -> spelling.put(name.toLowerCase(), name));
        rows.replaceAll(r -> new Row(spelling.computeIfAbsent(r.organisation().toLowerCase(), k -> r.organisation()),
                r.organisationCountry(), r.fullName(), r.kind(), r.country(), r.login(), r.stations()));
        Map<String, String> organisations = new LinkedHashMap<>();
        rows.forEach(r -> organisations.putIfAbsent(r.organisation(), r.organisationCountry()));
        List<Object[]> organisationRows = new ArrayList<>();
        organisations.forEach((name, country) -> organisationRows.add(new Object[] { name, country }));
        ORGANISATIONS.write(connection, organisationRows);
        Map<String, Long> organisationIds = Upsert.ids(connection, "select name, id from organisation");

        List<Object[]> accreditationRows = new ArrayList<>();
        for (Row r : rows) {
            accreditationRows.add(new Object[] { electionId, r.login(), organisationIds.get(r.organisation()),
                    r.fullName(), r.kind().name(), r.country() });
        }
        int changed = ACCREDITATIONS.write(connection, accreditationRows);
        Map<String, Long> accreditationIds = Upsert.ids(connection,
                "select login, id from accreditation where election_id = ?", electionId);

        List<Object[]> assignmentRows = new ArrayList<>();
        for (Row r : rows) {
            for (Long station : r.stations()) {
                assignmentRows.add(new Object[] { accreditationIds.get(r.login()), station });
            }
        }
        int added = ASSIGNMENTS.write(connection, assignmentRows);
        return new Result(rows.size(), changed, added);
    }

}
