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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observer.data.Sha256;
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
    @Inject
    ProtocolCopies copies;

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

    /** An audit line of a report at a station, as the app writes them; {@code to} marks it for the test. */
    private void auditLine(String receiptCode, String action, String to) {
        sql.update("""
                insert into audit_event (actor_subject, actor_name, action, subject_type, subject_id, station_id, to_value)
                select 'sub-test', 'Test', ?1, 'REPORT', coalesce(r.original_id, r.id), r.station_id, ?2
                from report r where r.receipt_code = ?3""", action, to, receiptCode);
    }

    private static List<Map<String, String>> rows(Map<String, byte[]> entries, String name) throws Exception {
        assertThat(entries).containsKey(name);
        return ExportFiles.csv(entries.get(name)).rows();
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void eachCopyStandsBesideTheOfficialProtocolLineByLineWithItsPhoto() throws Exception {
        String station = copies.stationsWithoutCopies(1).get(0);
        // one copy with 7 votes fewer on the first line and a photo, one exactly as the protocol
        List<ProtocolCopies.Copy> made = List.of(copies.copy(station, "observer", 0, -7, true),
                copies.copy(station, "observer3", 0, 0, false));
        try {
            String code = fixture.report("observer", station, "BALLOT_STUFFING", "COUNTING", "SERIOUS",
                    ReviewFixture.NOON.plusHours(8), "Copy handed over late " + UUID.randomUUID());
            auditLine(code, "COMMENT_ADDED", "a reviewer's note");
            // the station's audit trail as it stands before the pack is made (the pack's own line comes after)
            List<String> trail = sql.rows("""
                    select e.action, e.subject_type, e.subject_id, coalesce(e.to_value, '') from audit_event e
                    join polling_station s on s.id = e.station_id
                    where s.number = ?1 and s.election_id = (select id from election where active) order by e.occurred_at, e.id""",
                    station).stream().map(r -> r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3]).toList();
            Map<String, byte[]> entries = ExportFiles.zip(ExportFiles.download("/exports/evidence.zip?station=" + station
                    + "&lang=en", 200));

            List<Map<String, String>> copyLines = rows(entries, station + "/protocol_copies.csv");
            long lines = sql.number("select count(*) from tally_line where tally_id in (?1, ?2)", made.get(0).id(),
                    made.get(1).id());
            assertThat(copyLines).hasSize((int) lines);
            assertThat(copyLines.stream().map(r -> r.get("receipt_code")).distinct())
                    .containsExactly(made.get(0).receiptCode(), made.get(1).receiptCode());
            String first = sql.text("""
                    select code from ballot_line where election_id = (select id from election where active)
                    order by position limit 1""");
            long official = sql.number("""
                    select l.votes from official_line l join official_protocol p on p.id = l.protocol_id
                    join polling_station s on s.id = p.station_id join ballot_line b on b.id = l.ballot_line_id
                    where s.number = ?1 and s.election_id = b.election_id and b.code = ?2 and p.ballot = 'PARTY_LIST'
                    and b.election_id = (select id from election where active)""", station, first);
            assertThat(copyLines).filteredOn(r -> r.get("receipt_code").equals(made.get(0).receiptCode())
                    && r.get("line_code").equals(first)).singleElement()
                    .satisfies(r -> assertThat(r.get("votes")).isEqualTo(String.valueOf(official - 7)));

            // the comparison: every figure and line of the party list once per copy, only the first line differs,
            // by -7; the single-member protocol, which nobody copied, once with its official figures alone
            List<Map<String, String>> comparison = rows(entries, station + "/comparison.csv");
            long ballotLines = sql.number("select count(*) from ballot_line where election_id = (select id from election where active)");
            assertThat(comparison).filteredOn(r -> r.get("ballot").equals("PARTY_LIST")).hasSize((int) (2 * (6 + ballotLines)));
            long candidates = sql.number("""
                    select count(*) from candidate c join polling_station s on s.district_id = c.district_id
                    where s.number = ?1 and s.election_id = (select id from election where active)""", station);
            assertThat(comparison).filteredOn(r -> r.get("ballot").equals("SINGLE_MEMBER")).hasSize((int) (6 + candidates))
                    .allMatch(r -> r.get("copy_receipt_code").isEmpty() && !r.get("official").isEmpty());
            assertThat(comparison).filteredOn(r -> r.get("differs").equals("true")).singleElement().satisfies(r -> {
                assertThat(r.get("copy_receipt_code")).isEqualTo(made.get(0).receiptCode());
                assertThat(r.get("official")).isEqualTo(String.valueOf(official));
                assertThat(r.get("copy")).isEqualTo(String.valueOf(official - 7));
                assertThat(r.get("difference")).isEqualTo("-7");
            });
            assertThat(comparison).filteredOn(r -> r.get("line").equals("registered_voters")
                    && r.get("ballot").equals("PARTY_LIST")).hasSize(2)
                    .allSatisfy(r -> assertThat(r.get("official")).isEqualTo(sql.text("""
                            select p.registered_voters from official_protocol p join polling_station s on s.id = p.station_id
                            where s.number = ?1 and p.ballot = 'PARTY_LIST'
                            and s.election_id = (select id from election where active)""", station)));

            // the copy's photo, its checksum that of the stored photo and in SHA256SUMS
            String photo = station + "/protocol_photos/" + made.get(0).receiptCode() + ".jpg";
            assertThat(entries).containsKey(photo);
            assertThat(Sha256.of(entries.get(photo))).isEqualTo(made.get(0).photoSha256());
            assertThat(new String(entries.get(EvidencePack.SUMS), StandardCharsets.UTF_8))
                    .contains(made.get(0).photoSha256() + "  " + photo);

            // the cover shows the copies beside the protocol, the one differing cell marked
            String cover = new String(entries.get("cover.html"), StandardCharsets.UTF_8);
            assertThat(cover).contains("Observer copy " + made.get(0).receiptCode(),
                    "Observer copy " + made.get(1).receiptCode());
            assertThat(cover.split("class=\"num differs\"", -1)).hasSize(2);

            // a reviewer's pack has the station's whole audit trail, in its order
            assertThat(rows(entries, station + "/audit_trail.csv").stream().map(r -> r.get("action") + "|"
                    + r.get("subject_type") + "|" + r.get("subject_id") + "|" + r.get("to")).toList())
                    .isEqualTo(trail).anyMatch(l -> l.startsWith("COMMENT_ADDED|REPORT|"));
        } finally {
            copies.delete(made);
        }
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-coordinator"), @Claim(key = "preferred_username", value = "coordinator") })
    void aCoordinatorsPackHoldsTheirOrganisationsReportsCopiesAndPublicAuditLines() throws Exception {
        String station = copies.stationsWithoutCopies(2).get(1);
        // observer2 is of the coordinator's organisation (Civic Monitoring Network), observer of OSCE/ODIHR
        List<ProtocolCopies.Copy> made = List.of(copies.copy(station, "observer2", 0, 3, true),
                copies.copy(station, "observer", 0, -3, true));
        try {
            String marker = UUID.randomUUID().toString();
            String own = fixture.report("observer2", station, "BALLOT_STUFFING", "COUNTING", "SERIOUS",
                    ReviewFixture.NOON.plusHours(8), "Own " + marker);
            String other = fixture.report("observer", station, "BALLOT_STUFFING", "COUNTING", "SERIOUS",
                    ReviewFixture.NOON.plusHours(8), "Other " + marker);
            auditLine(own, "STATUS_CHANGED", "own-public-" + marker);
            auditLine(own, "COMMENT_ADDED", "own-internal-" + marker);
            auditLine(other, "STATUS_CHANGED", "other-" + marker);

            Map<String, byte[]> entries = ExportFiles.zip(ExportFiles.download("/exports/evidence.zip?station=" + station, 200));
            assertThat(rows(entries, station + "/reports.csv").stream().filter(r -> r.get("description").contains(marker))
                    .map(r -> r.get("receipt_code"))).containsExactly(own);
            assertThat(rows(entries, station + "/protocol_copies.csv").stream().map(r -> r.get("receipt_code")).distinct())
                    .containsExactly(made.get(0).receiptCode());
            assertThat(rows(entries, station + "/comparison.csv").stream().map(r -> r.get("copy_receipt_code"))
                    .filter(c -> !c.isEmpty()).distinct()).containsExactly(made.get(0).receiptCode());
            assertThat(entries.keySet().stream().filter(n -> n.contains("/protocol_photos/")))
                    .containsExactly(station + "/protocol_photos/" + made.get(0).receiptCode() + ".jpg");
            List<Map<String, String>> trail = rows(entries, station + "/audit_trail.csv");
            assertThat(trail.stream().map(r -> r.get("to"))).contains("own-public-" + marker)
                    .doesNotContain("own-internal-" + marker, "other-" + marker);
            assertThat(trail).allMatch(r -> r.get("subject_type").equals("REPORT"))
                    .noneMatch(r -> r.get("subject_id").equals(String.valueOf(fixture.id(other))));
            String cover = new String(entries.get("cover.html"), StandardCharsets.UTF_8);
            assertThat(cover).contains(made.get(0).receiptCode()).doesNotContain(made.get(1).receiptCode())
                    .contains("Own " + marker).doesNotContain("Other " + marker);
        } finally {
            copies.delete(made);
        }
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-reviewer"), @Claim(key = "name", value = "Rita Reviewer") })
    void aPackOfTwoStationsHoldsEachInItsFolder() throws Exception {
        String second = "180001";
        Map<String, byte[]> entries = ExportFiles.zip(ExportFiles.download("/exports/evidence.zip?station=" + STATION
                + "&station=" + second + "&lang=en", 200));
        long reports = 0;
        for (String station : List.of(STATION, second)) {
            for (String file : List.of("reports.csv", "official_protocol.csv", "protocol_copies.csv", "comparison.csv",
                    "audit_trail.csv")) {
                assertThat(entries).containsKey(station + "/" + file);
            }
            long here = sql.number("""
                    select count(*) from report r join polling_station s on s.id = r.station_id
                    where s.number = ?1 and r.latest and s.election_id = (select id from election where active)""", station);
            assertThat(rows(entries, station + "/reports.csv")).hasSize((int) here);
            reports += here;
        }
        String sums = new String(entries.get(EvidencePack.SUMS), StandardCharsets.UTF_8);
        assertThat(sums).contains("  " + STATION + "/reports.csv").contains("  " + second + "/reports.csv");
        assertThat(new String(entries.get("cover.html"), StandardCharsets.UTF_8))
                .contains("Polling station " + STATION).contains("Polling station " + second);
        Map<String, Object> manifest = new ObjectMapper().readValue(entries.get(ManifestFile.NAME),
                new TypeReference<>() {
                });
        assertThat(manifest).containsEntry("rows", (int) reports).containsEntry("filter",
                "station=" + STATION + "&station=" + second + "&lang=en");
    }

    @Test
    @TestSecurity(user = "observer", roles = "observer")
    void observersGetNoPack() {
        given().get("/exports/evidence.zip?station=" + STATION).then().statusCode(403);
    }
}
