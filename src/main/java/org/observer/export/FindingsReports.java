package org.observer.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.observer.election.Election;
import org.observer.results.BarChart;
import org.observer.results.DashboardCharts;
import org.observer.results.NationalResult;
import org.observer.results.WhatIf;
import org.observer.review.ReportFilter;
import org.observer.review.ReportQuery;
import org.observer.review.ReportQueue;

/** Gathers a findings report: the results dashboard's own queries, and the queue's query for the reports. */
@ApplicationScoped
public class FindingsReports {
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    @Inject
    WhatIf whatIf;
    @Inject
    DashboardCharts charts;
    @Inject
    ReportQueue queue;
    @Inject
    FindingsQueries queries;

    public FindingsReport of(Election election, ReportFilter filter) {
        ZoneId zone = queue.zoneOf(election);
        ReportQuery query = ReportQuery.of(filter, election.id, zone);
        NationalResult result = whatIf.official(election);
        return new FindingsReport(election, filter.toQueryWithoutPage(), MADE.format(ZonedDateTime.now(zone)), result,
                BarChart.of(result), charts.turnout(election), queries.byCategory(query), queries.byPhase(query),
                queries.byRegion(query), queries.verifiedIncidents(query, zone),
                queries.protocolDiffers(election.id, filter), queries.withoutObservers(election.id, filter));
    }
}
