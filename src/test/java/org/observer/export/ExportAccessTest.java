package org.observer.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.observer.review.ReviewFixture;
import org.observer.support.Sql;

/** Coordinators export their own organisation's reports only; observers export nothing. */
@QuarkusTest
class ExportAccessTest {
    @Inject
    ReviewFixture fixture;
    @Inject
    ExportFiles files;
    @Inject
    Sql sql;

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-coordinator"), @Claim(key = "preferred_username", value = "coordinator") })
    void aCoordinatorGetsTheirOrganisationsReportsAndIsRefusedAnother() throws Exception {
        String marker = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        fixture.report("observer", "180002", "BALLOT_STUFFING", "VOTING", "SERIOUS", ReviewFixture.NOON, "OSCE " + marker);
        fixture.report("observer2", "190002", "BALLOT_STUFFING", "VOTING", "SERIOUS", ReviewFixture.NOON, "Civic " + marker);
        long own = sql.number("select id from organisation where name = 'Civic Monitoring Network (demo)'");
        long other = sql.number("select id from organisation where name = 'OSCE/ODIHR'");

        ExportFiles.Table csv = ExportFiles.csv(ExportFiles.download("/exports/reports.csv?q=" + marker, 200));
        List<Map<String, String>> expected = files.query("""
                select r.receipt_code from report r join accreditation a on a.id = r.accreditation_id
                where r.latest and a.organisation_id = ? and r.description like '%' || ? || '%'
                order by r.observed_at desc, r.id desc""", own, marker);
        assertThat(expected).hasSize(1);
        assertThat(csv.column("receipt_code")).containsExactlyElementsOf(expected.stream()
                .map(r -> r.get("receipt_code")).toList());
        // what reviewers keep among themselves is not in a coordinator's export
        assertThat(csv.header()).contains("observer", "people_involved").doesNotContain("held_by", "dismiss_reason");

        given().get("/exports/reports.csv?organisation=" + own + "&q=" + marker).then().statusCode(200);
        given().get("/exports/reports.csv?organisation=" + other + "&q=" + marker).then().statusCode(403);
        given().get("/exports/reports.xlsx?organisation=" + other).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "observer", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer"), @Claim(key = "preferred_username", value = "observer") })
    void anObserverExportsNothing() {
        given().get("/exports/reports.csv").then().statusCode(403);
        given().get("/exports/reports.json?flavour=public").then().statusCode(403);
    }
}
