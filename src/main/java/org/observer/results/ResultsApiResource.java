package org.observer.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.observer.election.AdministrativeUnit;
import org.observer.election.District;
import org.observer.election.Election;
import org.observer.election.PollingStation;
import org.observer.results.DrillDown.Level;
import org.observer.results.DrillDown.Row;
import org.observer.results.StationComparison.BallotProtocols;
import org.observer.results.StationComparison.StationReport;
import org.observer.web.Roles;

/** The results of the active election as JSON for analysts' tools: the same figures as the pages. */
@Path("/api/results")
@RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
@Tag(name = "Results", description = "Official results beside what observers reported (read only)")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The token lacks the reviewer or admin role")
public class ResultsApiResource {

    public record Area(Row total, List<Row> rows) {
        static Area of(List<Row> rows) {
            return new Area(DrillDown.total(rows), rows);
        }
    }

    public record DistrictArea(NationalResult.DistrictResult result, Row total, List<Row> stations) {
    }

    public record Station(String number, String name, String unit, int district, List<BallotProtocols> protocols,
            List<StationReport> reports) {
    }

    @Inject
    WhatIf whatIf;
    @Inject
    DrillDown drillDown;
    @Inject
    StationComparison comparison;

    @GET
    @Path("nation")
    @Operation(summary = "National result", description = "Votes and shares per ballot line, turnout, the threshold, "
            + "party-list seats by the election's rule and the single-member district results.")
    public NationalResult nation() {
        return whatIf.official(Election.requireActive());
    }

    @GET
    @Path("seats")
    @Operation(summary = "Party-list seats", description = "The allocation by the election's seat rule, with the "
            + "quota or last quotient that explains it.")
    public SeatAllocation seats() {
        return nation().allocation();
    }

    @GET
    @Path("units")
    @Operation(summary = "Per region or city", description = "Votes, turnout, reports by severity, verified "
            + "irregularities, differing and flagged observer copies, stations without observer.")
    public Area units() {
        return Area.of(drillDown.rows(Election.requireActive(), Level.UNITS, 0));
    }

    @GET
    @Path("units/{code}")
    @Operation(summary = "One unit, per district")
    @APIResponse(responseCode = "404", description = "No such unit")
    public Area unit(@Parameter(description = "Unit code, e.g. ASTANA") @RestPath String code) {
        Election election = Election.requireActive();
        AdministrativeUnit unit = AdministrativeUnit.<AdministrativeUnit>find("election = ?1 and code = ?2", election,
                code).firstResultOptional().orElseThrow(NotFoundException::new);
        return Area.of(drillDown.rows(election, Level.DISTRICTS, unit.id));
    }

    @GET
    @Path("districts/{number}")
    @Operation(summary = "One district: its candidates and its stations")
    @APIResponse(responseCode = "404", description = "No such district")
    public DistrictArea district(@RestPath int number) {
        Election election = Election.requireActive();
        District district = District.<District>find("election = ?1 and number = ?2", election, number)
                .firstResultOptional().orElseThrow(NotFoundException::new);
        List<Row> rows = drillDown.rows(election, Level.STATIONS, district.id);
        NationalResult.DistrictResult result = whatIf.officialDistrict(election, number);
        return new DistrictArea(result, DrillDown.total(rows), rows);
    }

    @GET
    @Path("stations/{number}")
    @Operation(summary = "One station: official protocols beside the observer copies, and its reports")
    @APIResponse(responseCode = "404", description = "No such station")
    public Station station(@RestPath String number) {
        Election election = Election.requireActive();
        PollingStation station = PollingStation.findByNumber(election, number).orElseThrow(NotFoundException::new);
        return new Station(station.number, station.name, station.unit.code, station.district.number,
                comparison.protocols(station.id), comparison.reports(station.id));
    }

    @GET
    @Path("what-if")
    @Operation(summary = "What if stations are left out", description = "The result and seats without the chosen "
            + "stations, beside the official ones, with what changes.")
    public WhatIf.Comparison whatIf(
            @Parameter(description = "Leave out every station with a verified critical report") @RestQuery boolean verifiedCritical,
            @Parameter(description = "Station numbers to leave out, separated by spaces or commas") @RestQuery String stations) {
        return whatIf.compare(Election.requireActive(),
                new WhatIf.Choice(verifiedCritical, ResultsResource.numbers(stations)));
    }
}
