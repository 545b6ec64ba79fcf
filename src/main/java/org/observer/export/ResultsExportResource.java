package org.observer.export;

import static org.observer.export.Column.Audience.PUBLIC;
import static org.observer.export.Column.Kind.DECIMAL;
import static org.observer.export.Column.Kind.NUMBER;
import static org.observer.export.Column.Kind.TEXT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.observer.election.AdministrativeUnit;
import org.observer.election.District;
import org.observer.election.Election;
import org.observer.results.DrillDown;
import org.observer.results.DrillDown.Level;
import org.observer.results.DrillDown.Row;
import org.observer.web.Roles;

/**
 * The rows of the results drill-down as a file, exactly as the page shows them: the nation's units, a
 * unit's districts (?unit=CODE) or a district's stations (?district=N). Only aggregates: every column is
 * public.
 */
@Path("/")
@RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
public class ResultsExportResource {
    @Inject
    ExportAccess access;
    @Inject
    Exporter exporter;

    static List<Column<Row>> columns(Locale language) {
        return List.of(
                Column.of("code", TEXT, PUBLIC, Row::code),
                Column.of("name", TEXT, PUBLIC, r -> r.name().in(language)),
                Column.of("stations", NUMBER, PUBLIC, Row::stations),
                Column.of("registered_voters", NUMBER, PUBLIC, Row::registered),
                Column.of("ballots_issued", NUMBER, PUBLIC, Row::issued),
                Column.of("turnout_percent", DECIMAL, PUBLIC, Row::turnoutPercent),
                Column.of("votes", NUMBER, PUBLIC, Row::votes),
                Column.of("reports_info", NUMBER, PUBLIC, Row::info),
                Column.of("reports_minor", NUMBER, PUBLIC, Row::minor),
                Column.of("reports_serious", NUMBER, PUBLIC, Row::serious),
                Column.of("reports_critical", NUMBER, PUBLIC, Row::critical),
                Column.of("verified_irregularities", NUMBER, PUBLIC, Row::verified),
                Column.of("observer_copies", NUMBER, PUBLIC, Row::tallies),
                Column.of("copies_differing", NUMBER, PUBLIC, Row::differingTallies),
                Column.of("votes_differing", NUMBER, PUBLIC, Row::differingVotes),
                Column.of("copies_failing_checks", NUMBER, PUBLIC, Row::flaggedTallies),
                Column.of("stations_without_observer", NUMBER, PUBLIC, Row::unobserved));
    }

    @GET
    @Path("exports/results.{format}")
    public Response results(@RestPath String format, @RestQuery String unit, @RestQuery Integer district,
            @RestQuery String flavour, @RestQuery boolean zip) {
        ExportFormat chosen = ExportFormat.parse(format).orElseThrow(NotFoundException::new);
        Flavour.parse(flavour); // refused when unknown, as everywhere; the figures hold nobody's name: always public
        Election election = Election.requireActive();
        Level level;
        long parent;
        String filter;
        if (district != null) {
            level = Level.STATIONS;
            parent = District.<District>find("election = ?1 and number = ?2", election, district)
                    .firstResultOptional().orElseThrow(NotFoundException::new).id;
            filter = "district=" + district;
        } else if (unit != null) {
            level = Level.DISTRICTS;
            parent = AdministrativeUnit.<AdministrativeUnit>find("election = ?1 and code = ?2", election, unit)
                    .firstResultOptional().orElseThrow(NotFoundException::new).id;
            filter = "unit=" + unit.replaceAll("[^\\p{L}\\p{N}_-]+", "-");
        } else {
            level = Level.UNITS;
            parent = 0;
            filter = "";
        }
        DrillDown.Jdbc jdbc = DrillDown.jdbc(level);
        TableQuery<Row> table = new TableQuery<>("Results", jdbc.sql(), statement -> {
            for (int i = 0; i < jdbc.parameters().size(); i++) {
                statement.setLong(i + 1, jdbc.parameters().get(i) == 1 ? election.id : parent);
            }
        }, DrillDown.Jdbc::read, columns(access.language()));
        return exporter.respond(new Exporter.Request("results", chosen, Flavour.PUBLIC, filter,
                filter.isEmpty() ? "nation" : filter.replace('=', '-'), zip, access.reader(null), election.id, null),
                table);
    }
}
