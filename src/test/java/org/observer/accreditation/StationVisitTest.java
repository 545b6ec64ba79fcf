package org.observer.accreditation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observer.election.Election;
import org.observer.election.PollingStation;
import org.observer.support.CsrfForm;
import org.observer.support.Sql;

/** Check-in and check-out at a station, with the times the server sets. */
@QuarkusTest
@TestSecurity(user = "observer2", roles = "observer")
@OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer2"), @Claim(key = "preferred_username", value = "observer2") })
class StationVisitTest {
    static final String STATION = "/observer/stations/190001";
    static final String OTHER = "/observer/stations/190002";
    static final String REVIEW_PAGE = "/review/stations/190003";

    @Inject
    Sql sql;

    @BeforeEach
    void demo() {
        sql.update("delete from station_visit where accreditation_id = (select id from accreditation where login = 'observer2')");
    }

    long visits(String station, boolean open) {
        return sql.number("""
                select count(*) from station_visit v join polling_station s on s.id = v.station_id
                join accreditation a on a.id = v.accreditation_id
                where a.login = 'observer2' and s.number = ?1 and (v.left_at is null) = ?2""", station, open);
    }

    @Test
    void checkInTwiceIsOneVisitAndCheckOutEndsIt() {
        CsrfForm form = CsrfForm.from(STATION + "/checklist");
        given().get(STATION + "/checklist").then().body(containsString("You are not checked in here."));
        form.post().formParam("phase", "VOTING").post(STATION + "/check-in").then().statusCode(303)
                .header("Location", containsString(STATION + "/checklist?phase=VOTING"));
        form.post().post(STATION + "/check-in").then().statusCode(303);
        assertThat(visits("190001", true)).isEqualTo(1);
        given().get(STATION + "/checklist").then().statusCode(200).body(containsString("You checked in here at"));

        form.post().post(STATION + "/check-out").then().statusCode(303);
        assertThat(visits("190001", true)).isZero();
        assertThat(visits("190001", false)).isEqualTo(1);
        assertThat(sql.number("""
                select count(*) from station_visit v join accreditation a on a.id = v.accreditation_id
                where a.login = 'observer2' and v.left_at >= v.arrived_at and v.arrived_at > now() - interval '1 minute'""")).isEqualTo(1);
        given().get(STATION + "/checklist").then().body(containsString("You are not checked in here."))
                .body(containsString("My visits to this station"));
    }

    @Test
    void checkOutWithoutCheckInSaysSo() {
        CsrfForm form = CsrfForm.from(STATION + "/checklist");
        form.post().formParam("phase", "CLOSING").post(STATION + "/check-out").then().statusCode(409)
                .body(containsString("You are not checked in at this station: there is nothing to check out of."))
                .body(containsString("Did the station close on time"));
        assertThat(visits("190001", false) + visits("190001", true)).isZero();
    }

    @Test
    void checkingInElsewhereChecksOutOfTheFirstStation() {
        CsrfForm form = CsrfForm.from(STATION + "/checklist");
        form.post().post(STATION + "/check-in").then().statusCode(303);
        given().get(OTHER + "/checklist").then().body(containsString("You are checked in at station 190001 since"))
                .body(containsString("Check in here (checks you out of 190001)"));
        form.post().post(OTHER + "/check-in").then().statusCode(303);
        assertThat(visits("190001", true)).isZero();
        assertThat(visits("190001", false)).isEqualTo(1);
        assertThat(visits("190002", true)).isEqualTo(1);
        // a station the observer never checked in at has nothing to check out of
        form.post().post(STATION + "/check-out").then().statusCode(409);
        assertThat(visits("190002", true)).isEqualTo(1);
    }

    @Test
    void visitsOfAStationAndTheObserversOpenVisit() {
        CsrfForm form = CsrfForm.from(STATION + "/checklist");
        form.post().post(STATION + "/check-in").then().statusCode(303);
        assertThat(openStation()).isEqualTo("190001");
        assertThat(visitorsOf("190001")).containsExactly("Aigerim Nurlanovna Seitkali 190001");
    }

    String openStation() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Accreditation observer = Accreditation.findByLogin(Election.requireActive(), "observer2").orElseThrow();
            return StationVisit.openOf(observer).map(v -> v.station.number).orElse(null);
        });
    }

    List<String> visitorsOf(String number) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PollingStation station = PollingStation.findByNumber(Election.requireActive(), number).orElseThrow();
            return StationVisit.ofStation(station).stream().map(v -> v.accreditation.fullName + " " + v.station.number)
                    .toList();
        });
    }

    @Test
    void checkInNeedsItsCsrfToken() {
        given().redirects().follow(false).post(STATION + "/check-in").then().statusCode(400);
        assertThat(visits("190001", true)).isZero();
    }

    /** Two visits at station 190003 with known times: observer2 came and went, observer3 is still there. */
    String[] insertVisitsAtTheStation() {
        sql.update("delete from station_visit where accreditation_id = (select id from accreditation where login = 'observer3')");
        sql.update("""
                insert into station_visit (accreditation_id, station_id, arrived_at, left_at)
                select a.id, s.id, timestamptz '2023-03-19 02:05:00+00', timestamptz '2023-03-19 05:40:00+00'
                from accreditation a, polling_station s where a.login = 'observer2' and s.number = '190003'""");
        sql.update("""
                insert into station_visit (accreditation_id, station_id, arrived_at)
                select a.id, s.id, timestamptz '2023-03-19 09:15:00+00'
                from accreditation a, polling_station s where a.login = 'observer3' and s.number = '190003'""");
        ZoneId zone = ZoneId.of(sql.text("""
                select coalesce(s.time_zone, u.time_zone) from polling_station s
                join administrative_unit u on u.id = s.unit_id where s.number = '190003'"""));
        DateTimeFormatter medium = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.ENGLISH);
        return new String[] { Instant.parse("2023-03-19T02:05:00Z").atZone(zone).format(medium),
                Instant.parse("2023-03-19T05:40:00Z").atZone(zone).format(medium),
                Instant.parse("2023-03-19T09:15:00Z").atZone(zone).format(medium),
                sql.text("select o.name from accreditation a join organisation o on o.id = a.organisation_id "
                        + "where a.login = 'observer2'"),
                sql.text("select o.name from accreditation a join organisation o on o.id = a.organisation_id "
                        + "where a.login = 'observer3'") };
    }

    void removeVisitsAtTheStation() {
        sql.update("delete from station_visit where station_id = (select id from polling_station where number = '190003')");
    }

    /** The review desk's station page lists who observed there and when, earliest first. */
    void deskShowsTheVisits() {
        String[] expected = insertVisitsAtTheStation();
        try {
            String page = given().get(REVIEW_PAGE).then().statusCode(200).extract().asString()
                    .replaceAll("\\s+", " ");
            assertThat(page).contains("Observers at the station",
                    "<td>Aigerim Nurlanovna Seitkali</td><td>" + expected[3] + "</td> <td>" + expected[0] + "</td><td>"
                            + expected[1] + "</td>",
                    "<td>Dmitry Sokolov</td><td>" + expected[4] + "</td> <td>" + expected[2] + "</td><td>still here</td>");
            assertThat(page.indexOf("Aigerim Nurlanovna Seitkali")).isLessThan(page.indexOf("Dmitry Sokolov"));
        } finally {
            removeVisitsAtTheStation();
        }
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void reviewersSeeWhoObservedAtAStationAndWhen() {
        deskShowsTheVisits();
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminsSeeWhoObservedAtAStationAndWhen() {
        deskShowsTheVisits();
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void aStationWithoutVisitsSaysSo() {
        removeVisitsAtTheStation();
        given().get(REVIEW_PAGE).then().statusCode(200)
                .body(containsString("No observer has checked in at this station."));
    }

    @Test
    void observersDoNotSeeOtherObserversVisits() {
        insertVisitsAtTheStation();
        try {
            given().redirects().follow(false).get(REVIEW_PAGE).then().statusCode(403);
            // their own checklist page shows their own visits only
            given().get("/observer/stations/190003/checklist").then().statusCode(200)
                    .body(not(containsString("Dmitry Sokolov")));
        } finally {
            removeVisitsAtTheStation();
        }
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    void coordinatorsDoNotSeeTheDesksStationPage() {
        given().redirects().follow(false).get(REVIEW_PAGE).then().statusCode(403);
    }
}
