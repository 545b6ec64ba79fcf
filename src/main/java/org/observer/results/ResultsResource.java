package org.observer.results;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.observer.analysis.Forensics;
import org.observer.analysis.ForensicsCache;
import org.observer.election.AdministrativeUnit;
import org.observer.election.District;
import org.observer.election.Election;
import org.observer.election.PollingStation;
import org.observer.forensics.StationFlag;
import org.observer.results.DrillDown.Level;
import org.observer.results.DrillDown.Row;
import org.observer.results.StationComparison.BallotProtocols;
import org.observer.results.StationComparison.StationReport;
import org.observer.web.ObserverConfig;
import org.observer.web.Roles;

/** The results dashboards of the CEC staff: nation, unit, district, station, and the what-if. */
// at "/" with full method paths, so that no class at /results hides another's pages below it
@Path("/")
@RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
@Transactional(Transactional.TxType.SUPPORTS)
public class ResultsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance national(Election election, NationalResult result, BarChart chart,
                ColumnChart turnout, ColumnChart reportsPerHour, List<Row> rows, Row total, Refresh refresh);

        static native TemplateInstance unit(Election election, AdministrativeUnit unit, List<Row> rows, Row total,
                Refresh refresh);

        static native TemplateInstance district(Election election, District district,
                NationalResult.DistrictResult result, List<Row> rows, Row total, Refresh refresh,
                Map<String, Set<StationFlag>> flags);

        static native TemplateInstance station(Election election, PollingStation station,
                List<BallotProtocols> protocols, List<StationReport> reports, Forensics.StationView forensics);

        static native TemplateInstance whatIf(Election election, WhatIf.Comparison comparison,
                boolean verifiedCritical, String stations);
    }

    @Inject
    WhatIf whatIf;
    @Inject
    DrillDown drillDown;
    @Inject
    StationComparison comparison;
    @Inject
    DashboardCharts charts;
    @Inject
    ObserverConfig config;
    /** The flags beside each station: a reason to look, computed once per data version. */
    @Inject
    ForensicsCache forensics;

    @GET
    @Path("results")
    public TemplateInstance national() {
        Election election = Election.requireActive();
        Refresh refresh = refresh();
        NationalResult result = whatIf.official(election);
        List<Row> rows = drillDown.rows(election, Level.UNITS, 0);
        return Templates.national(election, result, BarChart.of(result), charts.turnout(election),
                charts.reportsPerHour(election), rows, DrillDown.total(rows), refresh);
    }

    /** Read before the page's figures, so that a change made while it is drawn moves the version again. */
    private Refresh refresh() {
        return new Refresh(charts.version(), config.results().refreshSeconds());
    }

    /** What the pages' script compares to know whether to fetch the page again (results-refresh.js). */
    @GET
    @Path("results/version")
    @Produces(MediaType.TEXT_PLAIN)
    public String version() {
        return charts.version();
    }

    @GET
    @Path("results/units/{code}")
    public TemplateInstance unit(@RestPath String code) {
        Election election = Election.requireActive();
        AdministrativeUnit unit = AdministrativeUnit.<AdministrativeUnit>find("election = ?1 and code = ?2", election,
                code).firstResultOptional().orElseThrow(NotFoundException::new);
        Refresh refresh = refresh();
        List<Row> rows = drillDown.rows(election, Level.DISTRICTS, unit.id);
        return Templates.unit(election, unit, rows, DrillDown.total(rows), refresh);
    }

    @GET
    @Path("results/districts/{number}")
    public TemplateInstance district(@RestPath int number) {
        Election election = Election.requireActive();
        District district = District.<District>find("election = ?1 and number = ?2", election, number)
                .firstResultOptional().orElseThrow(NotFoundException::new);
        Refresh refresh = refresh();
        NationalResult.DistrictResult result = whatIf.officialDistrict(election, number);
        List<Row> rows = drillDown.rows(election, Level.STATIONS, district.id);
        return Templates.district(election, district, result, rows, DrillDown.total(rows), refresh,
                forensics.of(election).flagsByNumber(rows.stream().map(Row::code).toList()));
    }

    @GET
    @Path("results/stations/{number}")
    public TemplateInstance station(@RestPath String number) {
        Election election = Election.requireActive();
        PollingStation station = PollingStation.findByNumber(election, number).orElseThrow(NotFoundException::new);
        return Templates.station(election, station, comparison.protocols(station.id), comparison.reports(station.id),
                forensics.of(election).stations().get(station.id));
    }

    /** A GET form: the choice is in the address, so a what-if can be bookmarked and sent to a colleague. */
    @GET
    @Path("results/what-if")
    public TemplateInstance whatIf(@RestQuery boolean verifiedCritical, @RestQuery String stations) {
        Election election = Election.requireActive();
        WhatIf.Choice choice = new WhatIf.Choice(verifiedCritical, numbers(stations));
        WhatIf.Comparison result = choice.isEmpty() ? null : whatIf.compare(election, choice);
        return Templates.whatIf(election, result, verifiedCritical, stations == null ? "" : stations);
    }

    static List<String> numbers(String typed) {
        return typed == null ? List.of()
                : Arrays.stream(typed.split("[\\s,;]+")).filter(n -> !n.isBlank()).distinct().toList();
    }
}
