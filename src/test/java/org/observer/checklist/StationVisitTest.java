package org.observer.checklist;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observer.accreditation.Accreditation;
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
}
