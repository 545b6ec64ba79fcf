package org.observer.export;

import static org.observer.export.Column.Audience.PUBLIC;
import static org.observer.export.Column.Kind.BOOLEAN;
import static org.observer.export.Column.Kind.DECIMAL;
import static org.observer.export.Column.Kind.NUMBER;
import static org.observer.export.Column.Kind.TEXT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.observer.election.Election;
import org.observer.election.LocalizedName;
import org.observer.election.PollingStation;
import org.observer.web.Roles;

/**
 * The station list as a file, searched as the /stations page searches (number prefix, name or address);
 * without a search, every station. Reports are counted as the reader may see them: a coordinator's
 * export counts their own organisation's reports only.
 */
@Path("/")
@RolesAllowed({ Roles.REVIEWER, Roles.ADMIN, Roles.COORDINATOR })
public class StationExportResource {
    @Inject
    ExportAccess access;
    @Inject
    Exporter exporter;

    /** One station as the export lists it. */
    record StationRow(String number, String name, String address, String unitCode, LocalizedName unit, int district,
            int registeredVoters, String country, String timeZone, BigDecimal latitude, BigDecimal longitude,
            String source, long reports, long tallies, boolean tallyFlagged) {

        static StationRow read(ResultSet row) throws SQLException {
            return new StationRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                    new LocalizedName(row.getString(5), row.getString(6), row.getString(7)), row.getInt(8),
                    row.getInt(9), row.getString(10), row.getString(11), row.getBigDecimal(12), row.getBigDecimal(13),
                    row.getString(14), row.getLong(15), row.getLong(16), row.getBoolean(17));
        }
    }

    static List<Column<StationRow>> columns(Locale language) {
        return List.of(
                Column.of("station", TEXT, PUBLIC, StationRow::number),
                Column.of("name", TEXT, PUBLIC, StationRow::name),
                Column.of("address", TEXT, PUBLIC, StationRow::address),
                Column.of("unit_code", TEXT, PUBLIC, StationRow::unitCode),
                Column.of("unit", TEXT, PUBLIC, s -> s.unit().in(language)),
                Column.of("district", NUMBER, PUBLIC, StationRow::district),
                Column.of("registered_voters", NUMBER, PUBLIC, StationRow::registeredVoters),
                Column.of("country", TEXT, PUBLIC, StationRow::country),
                Column.of("time_zone", TEXT, PUBLIC, StationRow::timeZone),
                Column.of("latitude", DECIMAL, PUBLIC, StationRow::latitude),
                Column.of("longitude", DECIMAL, PUBLIC, StationRow::longitude),
                Column.of("source", TEXT, PUBLIC, StationRow::source),
                Column.of("reports", NUMBER, PUBLIC, StationRow::reports),
                Column.of("protocol_copies", NUMBER, PUBLIC, StationRow::tallies),
                Column.of("protocol_copy_flagged", BOOLEAN, PUBLIC, StationRow::tallyFlagged));
    }

    @GET
    @Path("exports/stations.{format}")
    public Response stations(@RestPath String format, @RestQuery String q, @RestQuery String flavour,
            @RestQuery boolean zip) {
        ExportFormat chosen = ExportFormat.parse(format).orElseThrow(NotFoundException::new);
        Flavour kind = Flavour.parse(flavour);
        ExportAccess.Reader reader = access.reader(null);
        Election election = Election.requireActive();
        String search = q == null ? "" : q.strip();
        Long organisation = reader.organisation();
        String sql = """
                select s.number, s.name, s.address, u.code, u.name_en, u.name_ru, u.name_kk, d.number,
                       s.registered_voters, s.country, coalesce(s.time_zone, u.time_zone), s.latitude, s.longitude,
                       s.source,
                       (select count(*) from report r join accreditation a on a.id = r.accreditation_id
                         where r.station_id = s.id and r.latest%1$s),
                       (select count(*) from tally t join accreditation a on a.id = t.accreditation_id
                         where t.station_id = s.id%1$s),
                       exists (select 1 from tally t join accreditation a on a.id = t.accreditation_id
                                where t.station_id = s.id and t.flagged%1$s)
                from polling_station s join administrative_unit u on u.id = s.unit_id
                join district d on d.id = s.district_id
                where s.election_id = ?%2$s
                order by s.number""".formatted(
                // a number from the database, never from the request
                organisation == null ? "" : " and a.organisation_id = " + organisation,
                search.isEmpty() ? "" : " and (s.number like ? or lower(s.name) like ? or lower(s.address) like ?)");
        String pattern = PollingStation.searchText(search);
        TableQuery<StationRow> table = new TableQuery<>("Stations", sql, statement -> {
            statement.setLong(1, election.id);
            if (!search.isEmpty()) {
                statement.setString(2, pattern + "%");
                statement.setString(3, "%" + pattern + "%");
                statement.setString(4, "%" + pattern + "%");
            }
        }, StationRow::read, Column.visible(columns(access.language()), kind, reader.audience()));
        String filter = ExportQueries.stationSearch(search);
        return exporter.respond(new Exporter.Request("stations", chosen, kind, filter,
                search.isEmpty() ? "all" : search.replaceAll("[^\\p{L}\\p{N}_-]+", "-"), zip, reader, election.id,
                null), table);
    }
}
