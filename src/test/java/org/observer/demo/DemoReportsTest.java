package org.observer.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.observer.election.Election;
import org.observer.support.DemoData;
import org.observer.support.Sql;

/** The demo's generated reports: every status, on observers' assigned stations, election-day times, some photos. */
@QuarkusTest
class DemoReportsTest {
    @Inject
    DemoReports demoReports;
    @Inject
    Sql sql;

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void generatedReportsAreSpreadAndLoadingAgainAddsNothing() {
        Election election = QuarkusTransaction.requiringNew().call(() -> Election.findByCode(DemoData.CODE).orElseThrow());
        long before = sql.number("select count(*) from report where description like 'Generated demo report #%'");
        int added = demoReports.generate(election, 200, 7L);
        assertThat(added).isEqualTo(200 - (int) before);
        assertThat(demoReports.generate(election, 200, 7L)).isZero();
        assertThat(sql.number("select count(*) from report where description like 'Generated demo report #%'"))
                .isEqualTo(200);
        assertThat(sql.number("""
                select count(distinct status) from report where description like 'Generated demo report #%'""")).isEqualTo(5);
        assertThat(sql.number("""
                select count(*) from report r where description like 'Generated demo report #%' and not exists (
                  select 1 from station_assignment sa where sa.accreditation_id = r.accreditation_id
                    and sa.station_id = r.station_id)""")).isZero();
        assertThat(sql.number("""
                select count(*) from report r join polling_station s on s.id = r.station_id
                join administrative_unit u on u.id = s.unit_id
                where description like 'Generated demo report #%'
                  and (r.observed_at at time zone coalesce(s.time_zone, u.time_zone))::date <> date '2023-03-19'""")).isZero();
        assertThat(sql.number("""
                select count(*) from report_photo p join report r on r.id = p.report_id
                where r.description like 'Generated demo report #%'""")).isEqualTo(200 / DemoReports.PHOTO_EVERY);
        String receipt = sql.text("""
                select receipt_code from report where description like 'Generated demo report #%' and status = 'VERIFIED'
                order by id limit 1""");
        given().get("/reports/" + receipt).then().statusCode(200).body(containsString("Confirmed by a second observer."));
    }
}
