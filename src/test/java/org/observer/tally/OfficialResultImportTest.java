package org.observer.tally;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.observer.data.csv.ImportRejectedException;
import org.observer.election.Election;
import org.observer.election.ElectionImport;
import org.observer.support.CsrfForm;
import org.observer.support.SmallElection;
import org.observer.support.Sql;

@QuarkusTest
class OfficialResultImportTest {
    static final String CODE = "OFFICIAL-IMPORT-TEST";
    /** Station 100 on both ballots, station 200 on the party list: three complete protocols. */
    static final String PROTOCOLS = """
            # the commission's protocols
            station,ballot,line,votes
            100,party_list,registered_voters,1500
            100,party_list,ballots_received,1600
            100,party_list,ballots_issued,900
            100,party_list,ballots_unused,700
            100,party_list,ballots_found,898
            100,party_list,ballots_invalid,8
            100,party_list,RED,500
            100,party_list,BLUE,350
            100,party_list,AGAINST_ALL,40
            100,single_member,registered_voters,1500
            100,single_member,ballots_received,1600
            100,single_member,ballots_issued,900
            100,single_member,ballots_unused,700
            100,single_member,ballots_found,898
            100,single_member,ballots_invalid,18
            100,single_member,1,600
            100,single_member,2,280
            200,party_list,registered_voters,300
            200,party_list,ballots_received,320
            200,party_list,ballots_issued,200
            200,party_list,ballots_unused,120
            200,party_list,ballots_found,200
            200,party_list,ballots_invalid,0
            200,party_list,RED,90
            200,party_list,BLUE,100
            200,party_list,AGAINST_ALL,10
            """;

    @Inject
    ElectionImport electionImport;
    @Inject
    OfficialResultImport officialResultImport;
    @Inject
    Sql sql;

    @BeforeEach
    void smallElection() {
        electionImport.run(new SmallElection(CODE).streams());
    }

    @Transactional
    Election election() {
        return Election.findByCode(CODE).orElseThrow();
    }

    OfficialResultImport.Result run(String csv) {
        return officialResultImport.run(election(), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    String fingerprint() {
        return sql.text("""
                select coalesce(md5(string_agg(t, '|' order by t)), 'none') from (
                  select concat_ws(',', s.number, p.ballot, p.registered_voters, p.ballots_received, p.ballots_issued,
                         p.ballots_unused, p.ballots_found, p.ballots_invalid, l.ballot_line_id, l.candidate_id,
                         l.votes, p.id) t
                  from official_protocol p join polling_station s on s.id = p.station_id
                  join election e on e.id = s.election_id and e.code = ?1
                  left join official_line l on l.protocol_id = p.id) x""", CODE);
    }

    long votes(String number, String line) {
        return sql.number("""
                select coalesce(sum(l.votes), -1) from official_line l join official_protocol p on p.id = l.protocol_id
                join polling_station s on s.id = p.station_id join election e on e.id = s.election_id and e.code = ?1
                left join ballot_line b on b.id = l.ballot_line_id left join candidate c on c.id = l.candidate_id
                where s.number = ?2 and (b.code = ?3 or c.position::text = ?3)""", CODE, number, line);
    }

    @Test
    void importsProtocolsAndASecondImportChangesNothing() {
        OfficialResultImport.Result first = run(PROTOCOLS);
        assertThat(first.rows()).isEqualTo(26);
        assertThat(first.protocols()).isEqualTo(3);
        assertThat(votes("100", "RED")).isEqualTo(500);
        assertThat(votes("200", "BLUE")).isEqualTo(100);
        assertThat(votes("100", "2")).isEqualTo(280);
        assertThat(sql.number("""
                select sum(p.ballots_issued) from official_protocol p join polling_station s on s.id = p.station_id
                join election e on e.id = s.election_id and e.code = ?1 where p.ballot = 'PARTY_LIST'""", CODE))
                .isEqualTo(1100);
        String before = fingerprint();
        long imports = sql.number("select count(*) from audit_event where action = 'RESULTS_IMPORTED'");

        OfficialResultImport.Result again = run(PROTOCOLS);
        assertThat(again.protocolsChanged()).isZero();
        assertThat(again.linesChanged()).isZero();
        assertThat(fingerprint()).isEqualTo(before);

        // a corrected line changes that line only
        OfficialResultImport.Result corrected = run(PROTOCOLS.replace("200,party_list,BLUE,100", "200,party_list,BLUE,101"));
        assertThat(corrected.protocolsChanged()).isZero();
        assertThat(corrected.linesChanged()).isEqualTo(1);
        assertThat(votes("200", "BLUE")).isEqualTo(101);
        // written to the audit trail, only when something changed: the pages' data version moves with it
        assertThat(sql.number("select count(*) from audit_event where action = 'RESULTS_IMPORTED'")).isEqualTo(imports + 1);
        run(PROTOCOLS);
    }

    @Test
    void aBadRowIsRefusedWithItsLineAndNothingIsWritten() {
        run(PROTOCOLS);
        String before = fingerprint();
        long imports = sql.number("select count(*) from audit_event where action = 'RESULTS_IMPORTED'");
        // beside the bad rows, a complete protocol whose figure differs: it must not be written either
        String bad = PROTOCOLS
                .replace("200,party_list,BLUE,100", "200,party_list,BLUE,150")
                .replace("100,party_list,BLUE,350", "100,party_list,BLUE,-3")
                .replace("200,party_list,RED,90", "999,party_list,RED,90")
                .replace("100,single_member,2,280", "100,single_member,7,280");
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, () -> run(bad));
        assertThat(rejected.problems()).extracting(Object::toString).contains(
                "protocols.csv line 10: votes -3 is not between 0 and 1000000",
                "protocols.csv line 26: station 999 is not a station of " + CODE);
        assertThat(rejected.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(19);
            assertThat(p.message()).contains("position of a candidate");
        });
        // the protocols that lost a line are incomplete, reported where they start
        assertThat(rejected.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("station 100 (PARTY_LIST)").contains("lacks BLUE");
        });
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(votes("200", "BLUE")).isEqualTo(100);
        assertThat(sql.number("select count(*) from audit_event where action = 'RESULTS_IMPORTED'")).isEqualTo(imports);
    }

    @Test
    void aLineGivenTwiceIsRefused() {
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> run(PROTOCOLS + "200,party_list,RED,91\n"));
        assertThat(rejected.problems()).extracting(Object::toString)
                .containsExactly("protocols.csv line 29: RED of station 200 (PARTY_LIST) is given twice");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theAdminPageShowsTheProblemsOfARefusedFile() {
        CsrfForm form = CsrfForm.from("/admin/results/import");
        form.multipart().multiPart("file", "protocols.csv", "station,ballot,line,votes\nNOPE,party_list,AMANAT,1\n"
                .getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/admin/results/import")
                .then().statusCode(400)
                .body(containsString("line 2"))
                .body(containsString("station NOPE is not a station"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void theAdminIsToldInTheirLanguageWhatTheImportChanged() {
        // one protocol of the demo election exactly as it is: read, nothing changed
        StringBuilder csv = new StringBuilder("station,ballot,line,votes\n");
        Object[] p = sql.rows("""
                select p.registered_voters, p.ballots_received, p.ballots_issued, p.ballots_unused, p.ballots_found,
                       p.ballots_invalid, p.id from official_protocol p join polling_station s on s.id = p.station_id
                where s.number = '010001' and p.ballot = 'PARTY_LIST' and s.election_id = (select id from election where active)""")
                .get(0);
        for (int i = 0; i < OfficialResultImport.FIGURES.size(); i++) {
            csv.append("010001,party_list,").append(OfficialResultImport.FIGURES.get(i)).append(',').append(p[i]).append('\n');
        }
        for (Object[] line : sql.rows("""
                select b.code, l.votes from official_line l join ballot_line b on b.id = l.ballot_line_id
                where l.protocol_id = ?1""", ((Number) p[6]).longValue())) {
            csv.append("010001,party_list,").append(line[0]).append(',').append(line[1]).append('\n');
        }
        CsrfForm form = CsrfForm.from("/admin/results/import");
        String flash = form.multipart().header("Accept-Language", "ru")
                .multiPart("file", "protocols.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/admin/results/import").then().statusCode(303).extract().cookie("flash");
        assertThat(java.net.URLDecoder.decode(flash, StandardCharsets.UTF_8))
                .isEqualTo("Загружено строк: 14, протоколов: 1; добавлено или изменено протоколов: 0, строк: 0.");
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void onlyAnAdminImports() {
        given().redirects().follow(false).get("/admin/results/import").then().statusCode(403);
    }
}
