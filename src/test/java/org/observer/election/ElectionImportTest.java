package org.observer.election;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.observer.data.csv.ImportProblem;
import org.observer.data.csv.ImportRejectedException;
import org.observer.support.CsrfForm;
import org.observer.support.DemoData;
import org.observer.support.Sql;
import org.observer.support.SmallElection;

@QuarkusTest
class ElectionImportTest {
    @Inject
    ElectionImport electionImport;
    @Inject
    Sql sql;

    long number(String query, Object... parameters) {
        return sql.number(query, parameters);
    }

    long electionId(String code) {
        return number("select id from election where code = ?1", code);
    }

    @Test
    void demoElectionHasTheReferenceFigures() {
        long id = electionId(DemoData.CODE);
        assertThat(number("select count(*) from polling_station where election_id = ?1", id)).isEqualTo(10_233);
        assertThat(number("select sum(registered_voters) from polling_station where election_id = ?1", id))
                .isEqualTo(12_035_578);
        assertThat(number("select count(*) from polling_station where election_id = ?1 and country is not null", id))
                .isEqualTo(77);
        assertThat(number("select count(distinct country) from polling_station where election_id = ?1", id))
                .isEqualTo(62);
        assertThat(number("select count(*) from district where election_id = ?1", id)).isEqualTo(29);
        assertThat(number("select count(*) from administrative_unit where election_id = ?1 and kind <> 'ABROAD'", id))
                .isEqualTo(20);
        assertThat(number("select count(*) from ballot_line where election_id = ?1 and kind = 'PARTY'", id))
                .isEqualTo(7);
        assertThat(number("select count(*) from ballot_line where election_id = ?1 and kind = 'AGAINST_ALL'", id))
                .isEqualTo(1);
        assertThat(number("""
                select count(*) from polling_station s join district d on d.id = s.district_id
                join administrative_unit u on u.id = s.unit_id
                where s.election_id = ?1 and u.kind <> 'ABROAD' and d.unit_id <> s.unit_id""", id)).isZero();
        assertThat(number("""
                select count(*) from district d where d.election_id = ?1
                and (select count(*) from candidate c where c.district_id = d.id) < 3""", id)).isZero();
        assertThat(number("select count(*) from polling_station where election_id = ?1 and source <> 'generated'", id))
                .isZero();
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        long id = electionId(DemoData.CODE);
        String before = fingerprint(id);
        ElectionImport.Result again = electionImport.run(DemoData.files());
        assertThat(again.totalChanged()).isZero();
        assertThat(again.rowsRead()).containsEntry("stations.csv", 10_233);
        assertThat(fingerprint(id)).isEqualTo(before);
    }

    /** Every imported row's content, and the election's last change, in one comparable text. */
    String fingerprint(long id) {
        return sql.text("""
                select md5(string_agg(t, '|' order by t)) from (
                  select concat_ws(',', e.updated_at, e.name_en, e.list_seats) t from election e where e.id = ?1
                  union all select concat_ws(',', s.id, s.number, s.name, s.registered_voters, s.district_id, s.latitude)
                    from polling_station s where s.election_id = ?1
                  union all select concat_ws(',', b.id, b.code, b.position, b.colour) from ballot_line b where b.election_id = ?1
                  union all select concat_ws(',', c.id, c.full_name, c.position) from candidate c
                    join district d on d.id = c.district_id where d.election_id = ?1) rows""", id);
    }

    @Test
    void anEditedFileChangesOnlyWhatDiffers() {
        SmallElection small = new SmallElection("TEST-EDIT");
        ElectionImport.Result first = electionImport.run(small.streams());
        assertThat(first.rowsChanged()).containsEntry("stations.csv", 4).containsEntry("candidates.csv", 3);
        small.with("stations.csv", small.content("stations.csv").replace("School 2,Main St 2,CAPITAL,1,1200",
                "School 2,Main St 2,CAPITAL,1,1250"));
        ElectionImport.Result second = electionImport.run(small.streams());
        assertThat(second.totalChanged()).isEqualTo(1);
        assertThat(second.rowsChanged()).containsEntry("stations.csv", 1);
        assertThat(number("select registered_voters from polling_station where number = '101' and election_id = ?1",
                electionId("TEST-EDIT"))).isEqualTo(1250);
        assertThat(number("select count(*) from polling_station where election_id = ?1 and address like '%\n%'",
                electionId("TEST-EDIT"))).as("a quoted field may hold a line break").isEqualTo(1);
    }

    @Test
    void badRowsAreRefusedWithTheirLineAndNothingIsWritten() {
        SmallElection bad = new SmallElection("TEST-BAD").with("stations.csv", """
                number,name,address,unit,district,registered_voters,country,time_zone,latitude,longitude,source
                # line 2 is a comment
                100,School 1,Main St 1,CAPITAL,1,1500,,,,,generated
                101,School 2,Main St 2,CAPITAL,1,many,,,,,generated
                200,Village hall,Field Rd 3,NORTH,1,300,,,,,generated
                100,Copy of school 1,Main St 1,CAPITAL,1,10,,,,,generated
                900,Embassy,Berlin,ABROAD,1,80,,,,,generated
                901,Consulate,Nowhere,ABROAD,1,80,XX,Mars/Olympus,91,0,generated
                """);
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> electionImport.run(bad.streams()));
        assertThat(rejected.problems()).extracting(ImportProblem::toString).containsExactly(
                "stations.csv line 4: registered_voters 'many' is not a whole number",
                "stations.csv line 5: district 1 is not in unit NORTH",
                "stations.csv line 6: the number 100 is already on line 3",
                "stations.csv line 7: a station abroad needs its country",
                "stations.csv line 8: country 'XX' is not a two-letter ISO country code",
                "stations.csv line 8: time_zone 'Mars/Olympus' is not a time zone like Asia/Almaty",
                "stations.csv line 8: latitude 91 is not between -90 and 90");
        assertThat(number("select count(*) from election where code = 'TEST-BAD'")).isZero();
    }

    @Test
    void referencesBetweenFilesAreChecked() {
        SmallElection bad = new SmallElection("TEST-REF")
                .with("districts.csv", """
                        number,unit,name_en,name_ru,name_kk
                        1,CAPITAL,Capital 1,Столичный 1,Астана 1
                        2,SOUTH,South 2,Южный 2,Оңтүстік 2
                        """)
                .with("candidates.csv", """
                        district,position,full_name,party,source
                        1,1,Aliya Testova,AGAINST_ALL,
                        1,1,Bolat Testov,,
                        """)
                .without("election.csv");
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> electionImport.run(bad.streams()));
        assertThat(rejected.problems()).extracting(ImportProblem::toString).contains(
                "election.csv: is missing",
                "districts.csv line 3: unit 'SOUTH' is not in units.csv",
                "candidates.csv line 2: party 'AGAINST_ALL' is not a party of parties.csv (leave it empty for self-nominated)",
                "candidates.csv line 3: the position in its district 1/1 is already on line 2",
                "stations.csv line 5: district '2' is not in districts.csv");
        assertThat(number("select count(*) from election where code = 'TEST-REF'")).isZero();
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminUploadsFilesAndSeesEachProblemWithItsLine() {
        SmallElection upload = new SmallElection("TEST-UPLOAD");
        String goodStations = upload.content("stations.csv");
        upload.with("stations.csv", goodStations.replace("School 2,Main St 2,CAPITAL,1,1200", "School 2,Main St 2,CAPITAL,1,-5"));
        CsrfForm form = CsrfForm.from("/admin/elections/import");
        var request = form.multipart();
        upload.contents().forEach((name, text) -> request.multiPart(name, name, text.getBytes(StandardCharsets.UTF_8), "text/csv"));
        request.post("/admin/elections/import").then()
                .statusCode(400)
                .body(containsString("Nothing was imported"))
                .body(containsString("stations.csv</code> line 4: registered_voters -5 is not between 0 and 1000000"));
        assertThat(number("select count(*) from election where code = 'TEST-UPLOAD'")).isZero();

        upload.with("stations.csv", goodStations);
        var again = form.multipart();
        upload.contents().forEach((name, text) -> again.multiPart(name, name, text.getBytes(StandardCharsets.UTF_8), "text/csv"));
        String flash = again.post("/admin/elections/import").then()
                .statusCode(303)
                .header("Location", containsString("/admin"))
                .extract().cookie("flash");
        assertThat(flash).contains("TEST-UPLOAD");
        given().cookie("flash", flash).get("/admin").then().statusCode(200)
                .body(containsString("Imported TEST-UPLOAD"))
                .body(containsString("TEST-UPLOAD"));
        assertThat(number("select count(*) from polling_station where election_id = ?1", electionId("TEST-UPLOAD")))
                .isEqualTo(4);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void uploadWithoutTheCsrfTokenIsRefused() {
        given().redirects().follow(false)
                .multiPart("election.csv", "election.csv", "x".getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/admin/elections/import").then().statusCode(400);
    }

    @Test
    void theIncidentWindowIsAnOptionalColumnOfTheElection() {
        SmallElection small = new SmallElection("TEST-WINDOW");
        electionImport.run(small.streams());
        String minutes = "select extract(epoch from incident_window) / 60 from election where code = 'TEST-WINDOW'";
        assertThat(number(minutes)).as("without the column").isEqualTo(30);

        small.with("election.csv", """
                code,name_en,name_ru,name_kk,election_date,list_seats,threshold_percent,seat_method,incident_window_minutes
                TEST-WINDOW,Small election,Малые выборы,Шағын сайлау,2024-05-05,10,5,DHONDT,90
                """);
        assertThat(electionImport.run(small.streams()).rowsChanged()).containsEntry("election.csv", 1);
        assertThat(number(minutes)).isEqualTo(90);
        assertThat(electionImport.run(small.streams()).totalChanged()).isZero();

        for (String bad : List.of("soon", "-5", "1441")) {
            ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                    () -> electionImport.run(small.with("election.csv", small.content("election.csv")
                            .replace("DHONDT,90", "DHONDT," + bad)).streams()));
            assertThat(rejected.problems()).extracting(ImportProblem::toString).contains(bad.equals("soon")
                    ? "election.csv line 2: incident_window_minutes 'soon' is not a whole number"
                    : "election.csv line 2: incident_window_minutes " + bad + " is not between 0 and 1440");
            small.with("election.csv", small.content("election.csv").replace("DHONDT," + bad, "DHONDT,90"));
        }
        assertThat(number(minutes)).isEqualTo(90);
    }

    @Test
    @Transactional
    void firstImportedElectionIsTheActiveOne() {
        List<?> active = Election.list("active", true);
        assertThat(active).hasSize(1);
        assertThat(((Election) active.get(0)).code).isEqualTo(DemoData.CODE);
    }
}
