package org.observer.election;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.observer.data.csv.CsvFile;
import org.observer.data.csv.CsvRow;
import org.observer.data.csv.ImportProblems;

/**
 * An election as its CSV files define it (README, "Election data"), checked row by row and across
 * files. Reading it writes nothing; {@link ElectionImport} writes it once it has no problem.
 */
public record ElectionDefinition(
        ElectionRow election,
        List<PartyRow> parties,
        List<UnitRow> units,
        List<DistrictRow> districts,
        List<CandidateRow> candidates,
        List<StationRow> stations) {

    public static final String ELECTION = "election.csv";
    public static final String PARTIES = "parties.csv";
    public static final String UNITS = "units.csv";
    public static final String DISTRICTS = "districts.csv";
    public static final String CANDIDATES = "candidates.csv";
    public static final String STATIONS = "stations.csv";
    /** The files of a definition, in the order they are read; all but candidates.csv are required. */
    public static final List<String> FILES = List.of(ELECTION, PARTIES, UNITS, DISTRICTS, CANDIDATES, STATIONS);

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern SHORT_CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public record ElectionRow(String code, LocalizedName name, LocalDate date, int listSeats,
            BigDecimal thresholdPercent, SeatMethod seatMethod, ThresholdBase thresholdBase,
            int incidentWindowMinutes) {
    }

    /** How far apart in time reports of one station, category and phase may be and still be one incident. */
    public static final int DEFAULT_INCIDENT_WINDOW_MINUTES = 30;

    public record PartyRow(int position, String code, BallotLine.Kind kind, LocalizedName name, String colour) {
    }

    public record UnitRow(String code, AdministrativeUnit.Kind kind, LocalizedName name, String timeZone) {
    }

    public record DistrictRow(int number, String unit, LocalizedName name) {
    }

    public record CandidateRow(int district, int position, String fullName, String party, String source) {
    }

    public record StationRow(String number, String name, String address, String unit, int district,
            int registeredVoters, String country, String timeZone, BigDecimal latitude, BigDecimal longitude,
            String source) {
    }

    /** Reads the files by name; problems go to {@code problems} and the result is then incomplete. */
    public static ElectionDefinition read(Map<String, InputStream> files, ImportProblems problems) {
        for (String required : List.of(ELECTION, PARTIES, UNITS, DISTRICTS, STATIONS)) {
            if (files.get(required) == null) {
                problems.add(required, 0, "is missing");
            }
        }
        InputStream electionFile = files.get(ELECTION);
        // threshold_base and incident_window_minutes came later: files without them keep the defaults
        ElectionRow election = readElection(electionFile == null ? List.of() : CsvFile.read(ELECTION, electionFile,
                List.of("code", "name_en", "name_ru", "name_kk", "election_date", "list_seats", "threshold_percent",
                        "seat_method"), List.of("threshold_base", "incident_window_minutes"), problems));
        if (election == null && files.get(ELECTION) != null) {
            problems.add(ELECTION, 0, "needs exactly one election row");
        }
        List<PartyRow> parties = readParties(rows(files, PARTIES, problems,
                "position", "code", "kind", "name_en", "name_ru", "name_kk", "colour"));
        List<UnitRow> units = readUnits(rows(files, UNITS, problems,
                "code", "kind", "name_en", "name_ru", "name_kk", "time_zone"));
        List<DistrictRow> districts = readDistricts(rows(files, DISTRICTS, problems,
                "number", "unit", "name_en", "name_ru", "name_kk"), units);
        List<CandidateRow> candidates = readCandidates(rows(files, CANDIDATES, problems,
                "district", "position", "full_name", "party", "source"), districts, parties);
        List<StationRow> stations = readStations(rows(files, STATIONS, problems,
                "number", "name", "address", "unit", "district", "registered_voters", "country", "time_zone",
                "latitude", "longitude", "source"), units, districts);
        return new ElectionDefinition(election, parties, units, districts, candidates, stations);
    }

    private static List<CsvRow> rows(Map<String, InputStream> files, String file, ImportProblems problems,
            String... columns) {
        InputStream content = files.get(file);
        return content == null ? List.of() : CsvFile.read(file, content, List.of(columns), problems);
    }

    private static ElectionRow readElection(List<CsvRow> rows) {
        if (rows.size() > 1) {
            rows.get(1).problem("a file defines one election: remove the rows after the first");
        }
        if (rows.isEmpty()) {
            return null;
        }
        CsvRow row = rows.get(0);
        String code = row.matching("code", CODE, "a code of letters, digits, '.', '_' or '-'");
        LocalizedName name = name(row);
        LocalDate date = row.date("election_date");
        Integer seats = row.integer("list_seats", 0, 10_000);
        BigDecimal threshold = row.decimal("threshold_percent", BigDecimal.ZERO, HUNDRED);
        SeatMethod method = row.choice("seat_method", SeatMethod.class);
        ThresholdBase base = row.optional("threshold_base").isEmpty() ? ThresholdBase.PARTIES_AND_AGAINST_ALL
                : row.choice("threshold_base", ThresholdBase.class);
        Integer window = row.optional("incident_window_minutes").isEmpty() ? Integer.valueOf(DEFAULT_INCIDENT_WINDOW_MINUTES)
                : row.integer("incident_window_minutes", 0, 24 * 60);
        if (code == null || name == null || date == null || seats == null || threshold == null || method == null
                || base == null || window == null) {
            return null;
        }
        return new ElectionRow(code, name, date, seats, threshold, method, base, window);
    }

    private static List<PartyRow> readParties(List<CsvRow> rows) {
        List<PartyRow> parties = new ArrayList<>();
        Unique<Integer> positions = new Unique<>("position");
        Unique<String> codes = new Unique<>("code");
        int againstAll = 0;
        for (CsvRow row : rows) {
            Integer position = positions.check(row, row.integer("position", 1, 1000));
            String code = codes.check(row, upper(row.matching("code", SHORT_CODE, "a code of letters, digits, '_' or '-'")));
            BallotLine.Kind kind = row.choice("kind", BallotLine.Kind.class);
            LocalizedName name = name(row);
            String colour = row.matching("colour", COLOUR, "a colour like #1f77b4");
            if (kind == BallotLine.Kind.AGAINST_ALL && ++againstAll > 1) {
                row.problem("only one line may be against_all");
            }
            if (position != null && code != null && kind != null && name != null && colour != null) {
                parties.add(new PartyRow(position, code, kind, name, colour.toLowerCase(Locale.ROOT)));
            }
        }
        return parties;
    }

    private static List<UnitRow> readUnits(List<CsvRow> rows) {
        List<UnitRow> units = new ArrayList<>();
        Unique<String> codes = new Unique<>("code");
        for (CsvRow row : rows) {
            String code = codes.check(row, upper(row.matching("code", SHORT_CODE, "a code of letters, digits, '_' or '-'")));
            AdministrativeUnit.Kind kind = row.choice("kind", AdministrativeUnit.Kind.class);
            LocalizedName name = name(row);
            String zone = row.timeZone("time_zone");
            if (code != null && kind != null && name != null && zone != null) {
                units.add(new UnitRow(code, kind, name, zone));
            }
        }
        return units;
    }

    private static List<DistrictRow> readDistricts(List<CsvRow> rows, List<UnitRow> units) {
        Map<String, UnitRow> unitsByCode = byKey(units, UnitRow::code);
        List<DistrictRow> districts = new ArrayList<>();
        Unique<Integer> numbers = new Unique<>("number");
        for (CsvRow row : rows) {
            Integer number = numbers.check(row, row.integer("number", 1, 100_000));
            String unit = reference(row, "unit", unitsByCode, UNITS);
            LocalizedName name = name(row);
            if (number != null && unit != null && name != null) {
                districts.add(new DistrictRow(number, unit, name));
            }
        }
        return districts;
    }

    private static List<CandidateRow> readCandidates(List<CsvRow> rows, List<DistrictRow> districts,
            List<PartyRow> parties) {
        Map<String, DistrictRow> districtsByNumber = byKey(districts, d -> String.valueOf(d.number()));
        Map<String, PartyRow> partiesByCode = byKey(parties, PartyRow::code);
        List<CandidateRow> candidates = new ArrayList<>();
        Unique<String> places = new Unique<>("position in its district");
        for (CsvRow row : rows) {
            String district = reference(row, "district", districtsByNumber, DISTRICTS);
            Integer position = row.integer("position", 1, 1000);
            if (district != null && position != null) {
                places.check(row, district + "/" + position);
            }
            String fullName = row.required("full_name");
            String party = upper(row.optional("party"));
            if (!party.isEmpty()) {
                PartyRow line = partiesByCode.get(party);
                if (line == null || line.kind() != BallotLine.Kind.PARTY) {
                    row.problem("party '" + party + "' is not a party of " + PARTIES + " (leave it empty for self-nominated)");
                    party = null;
                }
            }
            if (district != null && position != null && fullName != null && party != null) {
                candidates.add(new CandidateRow(Integer.parseInt(district), position, fullName,
                        party.isEmpty() ? null : party, row.optional("source")));
            }
        }
        return candidates;
    }

    private static List<StationRow> readStations(List<CsvRow> rows, List<UnitRow> units, List<DistrictRow> districts) {
        Map<String, UnitRow> unitsByCode = byKey(units, UnitRow::code);
        Map<String, DistrictRow> districtsByNumber = byKey(districts, d -> String.valueOf(d.number()));
        List<StationRow> stations = new ArrayList<>();
        Unique<String> numbers = new Unique<>("number");
        BigDecimal ninety = BigDecimal.valueOf(90);
        BigDecimal oneEighty = BigDecimal.valueOf(180);
        for (CsvRow row : rows) {
            String number = numbers.check(row, row.matching("number", SHORT_CODE, "a station number of letters, digits, '_' or '-'"));
            String name = row.required("name");
            String address = row.required("address");
            String unitCode = reference(row, "unit", unitsByCode, UNITS);
            String district = reference(row, "district", districtsByNumber, DISTRICTS);
            Integer voters = row.integer("registered_voters", 0, 1_000_000);
            String country = row.optionalCountry("country");
            String zone = row.optionalTimeZone("time_zone");
            BigDecimal latitude = row.optionalDecimal("latitude", ninety.negate(), ninety);
            BigDecimal longitude = row.optionalDecimal("longitude", oneEighty.negate(), oneEighty);
            UnitRow unit = unitCode == null ? null : unitsByCode.get(unitCode);
            boolean consistent = true;
            if (unit != null && unit.kind() == AdministrativeUnit.Kind.ABROAD) {
                if (row.optional("country").isEmpty()) {
                    row.problem("a station abroad needs its country");
                    consistent = false;
                }
            } else if (unit != null && district != null
                    && !districtsByNumber.get(district).unit().equals(unit.code())) {
                // Stations abroad may vote in any district; stations at home only in one of their unit.
                row.problem("district " + district + " is not in unit " + unit.code());
                consistent = false;
            }
            if (row.optional("latitude").isEmpty() != row.optional("longitude").isEmpty()) {
                row.problem("give both latitude and longitude, or neither");
                consistent = false;
            }
            if (consistent && number != null && name != null && address != null && unit != null && district != null
                    && voters != null) {
                stations.add(new StationRow(number, name, address, unit.code(), Integer.parseInt(district), voters,
                        country, zone, latitude, longitude, row.optional("source")));
            }
        }
        return stations;
    }

    private static LocalizedName name(CsvRow row) {
        String en = row.required("name_en");
        String ru = row.required("name_ru");
        String kk = row.required("name_kk");
        return en == null || ru == null || kk == null ? null : new LocalizedName(en, ru, kk);
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** The row's reference to a key of another file, or null with a problem when there is no such key. */
    private static String reference(CsvRow row, String column, Map<String, ?> keys, String file) {
        String value = upper(row.required(column));
        if (value != null && !keys.containsKey(value)) {
            row.problem(column + " '" + value + "' is not in " + file);
            return null;
        }
        return value;
    }

    private static <T> Map<String, T> byKey(List<T> rows, java.util.function.Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        rows.forEach(row -> map.put(key.apply(row), row));
        return map;
    }

    /** Remembers the line of each key so a repeat names the first one. */
    private static final class Unique<K> {
        private final String what;
        private final Map<K, Integer> firstLine = new HashMap<>();

        Unique(String what) {
            this.what = what;
        }

        K check(CsvRow row, K key) {
            if (key == null) {
                return null;
            }
            Integer first = firstLine.putIfAbsent(key, row.line());
            if (first != null) {
                row.problem("the " + what + " " + key + " is already on line " + first);
                return null;
            }
            return key;
        }
    }
}
