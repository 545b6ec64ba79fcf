package org.observer.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observer.review.ReviewFixture;
import org.observer.support.Sql;

/** The evidence pack of a station: its reports, photos with checksums, audit trail and a cover in Russian. */
@QuarkusTest
class EvidencePackTest {
    static final String STATION = "180003";

    @Inject
    ReviewFixture fixture;
    @Inject
    Sql sql;

    private void reportWithPhoto() {
        String code = fixture.report("observer", STATION, "BALLOT_STUFFING", "COUNTING", "CRITICAL",
                ReviewFixture.NOON.plusHours(9), "Пачка бюллетеней в урне " + UUID.randomUUID());
        byte[] photo = ("not really a jpeg " + code).getBytes(StandardCharsets.UTF_8);
        long id = sql.number("""
                insert into photo (content_type, size_bytes, sha256, width, height, data, thumbnail)
                values ('image/jpeg', ?1, ?2, 1, 1, ?3, ?3) returning id""", photo.length, Sha256.of(photo), photo);
        sql.update("insert into report_photo (report_id, position, photo_id) select id, 1, ?1 from report where receipt_code = ?2",
                id, code);
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void thePackHoldsEveryPieceWithChecksumsAndACoverInTheChosenLanguage() throws Exception {
        reportWithPhoto();
        byte[] pack = given().get("/exports/evidence.zip?station=" + STATION + "&lang=ru").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> entries = ExportFiles.zip(pack);
        long reports = sql.number("""
                select count(*) from report r join polling_station s on s.id = r.station_id
                where s.number = ?1 and r.latest and s.election_id = (select id from election where active)""", STATION);
        assertThat(ExportFiles.csv(entries.get(STATION + "/reports.csv")).rows()).hasSize((int) reports);
        assertThat(entries).containsKeys(STATION + "/protocol_copies.csv", STATION + "/audit_trail.csv", "cover.html",
                EvidencePack.SUMS, ManifestFile.NAME);

        long officialLines = sql.number("""
                select count(*) from official_protocol p join official_line l on l.protocol_id = p.id
                join polling_station s on s.id = p.station_id
                where s.number = ?1 and s.election_id = (select id from election where active)""", STATION);
        assertThat(ExportFiles.csv(entries.get(STATION + "/official_protocol.csv")).rows()).hasSize((int) officialLines);
        long photos = sql.number("""
                select count(*) from report r join report_photo rp on rp.report_id = r.id
                join polling_station s on s.id = r.station_id
                where s.number = ?1 and s.election_id = (select id from election where active)""", STATION);
        var photoEntries = entries.keySet().stream().filter(n -> n.startsWith(STATION + "/photos/")).toList();
        assertThat(photoEntries).hasSize((int) photos);
        for (String name : photoEntries) {
            String code = name.substring(name.lastIndexOf('/') + 1, name.lastIndexOf('-'));
            assertThat(sql.texts("""
                    select p.sha256 from report r join report_photo rp on rp.report_id = r.id join photo p on p.id = rp.photo_id
                    where r.receipt_code = ?1""", code)).contains(Sha256.of(entries.get(name)));
        }

        // every line of SHA256SUMS is right, and the manifest's hash is that of SHA256SUMS
        String sums = new String(entries.get(EvidencePack.SUMS), StandardCharsets.UTF_8);
        assertThat(sums.lines()).hasSize(entries.size() - 3);
        sums.lines().forEach(line -> assertThat(Sha256.of(entries.get(line.substring(66)))).as(line)
                .isEqualTo(line.substring(0, 64)));
        Map<String, Object> manifest = new ObjectMapper().readValue(entries.get(ManifestFile.NAME),
                new TypeReference<>() {
                });
        assertThat(manifest).containsEntry("sha256", Sha256.of(entries.get(EvidencePack.SUMS)))
                .containsEntry("rows", (int) reports).containsEntry("what", "evidence");

        String cover = new String(entries.get("cover.html"), StandardCharsets.UTF_8);
        assertThat(cover).contains("Пакет доказательств", "Вброс бюллетеней", "Пачка бюллетеней в урне")
                .contains(sql.text("""
                        select reference_ru from incident_category where code = 'BALLOT_STUFFING'
                        and election_id = (select id from election where active)"""));
        assertThat(sql.number("""
                select count(*) from audit_event e join polling_station s on s.id = e.station_id
                where e.action = 'EXPORTED' and s.number = ?1 and e.actor_subject = 'sub-reviewer'""", STATION))
                .isPositive();
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-coordinator"), @Claim(key = "preferred_username", value = "coordinator") })
    void aCoordinatorsPackHoldsOnlyTheirOrganisationsReports() throws Exception {
        reportWithPhoto();
        Map<String, byte[]> entries = ExportFiles.zip(ExportFiles.download("/exports/evidence.zip?station=" + STATION, 200));
        // every report at this station is by an OSCE observer: none is the coordinator's organisation's
        assertThat(ExportFiles.csv(entries.get(STATION + "/reports.csv")).rows()).isEmpty();
        assertThat(entries.keySet()).noneMatch(n -> n.contains("/photos/"));
        given().get("/exports/evidence.zip").then().statusCode(400);
        given().get("/exports/evidence.zip?station=does-not-exist").then().statusCode(404);
    }
}
