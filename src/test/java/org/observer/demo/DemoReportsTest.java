package org.observer.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.observer.election.Election;
import org.observer.support.CsrfForm;
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

        // the demo reviewer holds what is in review, dismissals say why, and every decision is in the history
        String[] reviewer = realmReviewer();
        assertThat(sql.texts("""
                select distinct coalesce(holder_subject, '-') || '|' || coalesce(holder_name, '-') from report
                where description like 'Generated demo report #%' and status = 'IN_REVIEW'"""))
                .containsExactly(reviewer[0] + "|" + reviewer[1]);
        assertThat(sql.number("""
                select count(*) from report where description like 'Generated demo report #%'
                and status <> 'IN_REVIEW' and holder_subject is not null""")).isZero();
        assertThat(sql.number("""
                select count(*) from report where description like 'Generated demo report #%' and status = 'DISMISSED'
                and coalesce(trim(dismiss_reason), '') = ''""")).isZero();
        assertThat(sql.number("""
                select count(*) from report where description like 'Generated demo report #%' and status = 'DISMISSED'""")).isPositive();
        // the last status line of each report leads to its status (NEW ones have none), all by the demo reviewer
        assertThat(sql.number("""
                select count(*) from report r where r.description like 'Generated demo report #%'
                and r.status <> coalesce((select split_part(e.to_value, ':', 1) from audit_event e
                    where e.subject_type = 'REPORT' and e.subject_id = r.id and e.action = 'STATUS_CHANGED'
                    order by e.occurred_at desc, e.id desc limit 1), 'NEW')""")).isZero();
        assertThat(sql.texts("""
                select distinct e.actor_subject from audit_event e join report r on r.id = e.subject_id
                where e.subject_type = 'REPORT' and e.action = 'STATUS_CHANGED'
                  and r.description like 'Generated demo report #%'""")).containsExactly(reviewer[0]);
        assertThat(sql.number("""
                select count(*) from report r where r.description like 'Generated demo report #%'
                and 1 <> (select count(*) from audit_event e where e.subject_type = 'REPORT' and e.subject_id = r.id
                          and e.action = 'REPORT_FILED' and e.occurred_at = r.received_at)""")).isZero();
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "00000000-0000-4000-8000-000000000002"),
            @Claim(key = "name", value = "Daniyar Reviewer") })
    void theDemoReviewerCanWorkOnTheReportsInReview() {
        String[] reviewer = realmReviewer();
        // the claims above are what Keycloak's demo realm gives the `reviewer` account
        assertThat(reviewer).containsExactly("00000000-0000-4000-8000-000000000002", "Daniyar Reviewer");
        Election election = QuarkusTransaction.requiringNew().call(() -> Election.findByCode(DemoData.CODE).orElseThrow());
        demoReports.generate(election, 200, 7L);
        String held = sql.text("""
                select receipt_code from report where description like 'Generated demo report #%' and status = 'IN_REVIEW'
                order by id limit 1""");
        String page = given().get("/review/reports/" + held).then().statusCode(200)
                .body(containsString("In review by Daniyar Reviewer"))
                .body(containsString("Daniyar Reviewer · status changed · New → In review")).extract().asString();
        assertThat(page).contains("value=\"VERIFY\"").contains("value=\"RELEASE\"");
        int version = (int) sql.number("select review_version from report where receipt_code = ?1", held);
        CsrfForm.from("/review/reports/" + held).post().formParam("decision", "VERIFY").formParam("version", version)
                .post("/review/reports/" + held + "/decision").then().statusCode(303);
        assertThat(sql.text("select status from report where receipt_code = ?1", held)).isEqualTo("VERIFIED");

        String dismissed = sql.text("""
                select receipt_code from report where description like 'Generated demo report #%' and status = 'DISMISSED'
                order by id limit 1""");
        given().get("/review/reports/" + dismissed).then().statusCode(200)
                .body(containsString("Dismissed: " + DemoReports.DISMISS_REASON))
                .body(containsString("In review → Dismissed · " + DemoReports.DISMISS_REASON));
    }

    /** The `reviewer` user of the demo realm: its id (Keycloak's subject) and its full name (the name claim). */
    static String[] realmReviewer() {
        try {
            JsonNode realm = new ObjectMapper().readTree(Path.of("docker/keycloak/observer-realm.json").toFile());
            for (JsonNode user : realm.get("users")) {
                if ("reviewer".equals(user.get("username").asText())) {
                    return new String[] { user.get("id").asText(),
                            user.get("firstName").asText() + " " + user.get("lastName").asText() };
                }
            }
            throw new AssertionError("no reviewer in the demo realm");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
