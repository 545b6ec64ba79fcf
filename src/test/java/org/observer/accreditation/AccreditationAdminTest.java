package org.observer.accreditation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.observer.data.csv.ImportRejectedException;
import org.observer.election.Election;
import org.observer.support.CsrfForm;
import org.observer.support.Sql;

@QuarkusTest
class AccreditationAdminTest {
    @Inject
    AccreditationImport accreditationImport;
    @Inject
    Sql sql;

    long count(String query, Object... parameters) {
        return sql.number(query, parameters);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void badInputIsShownBesideTheFieldsAndKept() {
        CsrfForm form = CsrfForm.from("/admin/accreditations/new");
        form.post().formParam("fullName", " ").formParam("organisation", "Observers Without Borders")
                .formParam("kind", "").formParam("country", "Atlantis").formParam("login", "two words")
                .post("/admin/accreditations/new").then().statusCode(400)
                .body(containsString("Fill this in."))
                .body(containsString("Choose one."))
                .body(containsString("Give a two-letter country code such as KZ."))
                .body(containsString("Give a username or e-mail address, without spaces."))
                .body(containsString("value=\"Observers Without Borders\""))
                .body(containsString("value=\"Atlantis\""));
        assertThat(count("select count(*) from organisation where name = 'Observers Without Borders'")).isZero();
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminAccreditsAssignsAndLinks() {
        CsrfForm form = CsrfForm.from("/admin/accreditations/new");
        String location = form.post().formParam("fullName", "Maria Example").formParam("organisation", "OSCE/ODIHR")
                .formParam("kind", "INTERNATIONAL").formParam("country", "fr").formParam("login", "Maria@Example.org")
                .post("/admin/accreditations/new").then().statusCode(303)
                .header("Location", matchesPattern(".*/admin/accreditations/\\d+")).extract().header("Location");
        String page = location.substring(location.indexOf("/admin"));
        given().get(page).then().statusCode(200).body(containsString("Maria Example"))
                .body(containsString("maria@example.org")).body(containsString("not signed in yet"));

        // the same form sent again makes no second accreditation
        form.post().formParam("fullName", "Maria Example").formParam("organisation", "OSCE/ODIHR")
                .formParam("kind", "INTERNATIONAL").formParam("country", "FR").formParam("login", "maria@example.org")
                .post("/admin/accreditations/new").then().statusCode(400)
                .body(containsString("This login is already accredited for this election."));
        assertThat(count("select count(*) from accreditation where login = 'maria@example.org'")).isEqualTo(1);

        CsrfForm detail = CsrfForm.from(page);
        detail.post().formParam("numbers", "180010, 180011 999999").post(page + "/stations").then().statusCode(400)
                .body(containsString("No such station: 999999"))
                .body(containsString("value=\"180010, 180011 999999\""));
        assertThat(count("""
                select count(*) from station_assignment sa join accreditation a on a.id = sa.accreditation_id
                where a.login = 'maria@example.org'""")).isZero();

        detail.post().formParam("numbers", "180010, 180011").post(page + "/stations").then().statusCode(303);
        given().get(page).then().body(containsString("href=\"/stations/180010\"")).body(containsString("href=\"/stations/180011\""));

        detail.post().post(page + "/stations/180010/remove").then().statusCode(303);
        given().get(page).then().body(not(containsString("href=\"/stations/180010\"")))
                .body(containsString("href=\"/stations/180011\""));

        given().queryParam("q", "maria ex").get("/admin/accreditations").then().statusCode(200)
                .body(containsString("Maria Example"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-linked"), @Claim(key = "preferred_username", value = "linked.observer"),
            @Claim(key = "email", value = "Linked.Observer@Example.org"), @Claim(key = "email_verified", value = "true") })
    void anObserverIsLinkedByEmailAtFirstSignIn() {
        accreditationImport.run(active(), csv("""
                organisation,organisation_country,full_name,kind,country,login,stations
                Domestic Watch,KZ,Linked Observer,domestic,KZ,linked.observer@example.org,190005
                """));
        given().get("/observer").then().statusCode(200).body(containsString("Domestic Watch"))
                .body(containsString("href=\"/stations/190005\""));
        assertThat(count("select count(*) from accreditation where subject = 'sub-linked'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminUnlinksAnAccountSoTheNextSignInLinksAgain() {
        accreditationImport.run(active(), csv("""
                organisation,organisation_country,full_name,kind,country,login,stations
                Domestic Watch,KZ,Relinked Observer,domestic,KZ,relink.me,
                """));
        long id = count("select id from accreditation where login = 'relink.me'");
        sql.update("update accreditation set subject = 'sub-old-account' where id = ?1", id);
        String page = "/admin/accreditations/" + id;
        given().get(page).then().body(containsString("linked")).body(containsString("Unlink the Keycloak account"));
        CsrfForm.from(page).post().post(page + "/unlink").then().statusCode(303);
        assertThat(count("select count(*) from accreditation where id = ?1 and subject is null", id)).isEqualTo(1);
        given().get(page).then().body(containsString("not signed in yet"));
    }

    @Test
    @TestSecurity(user = "claimer", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-claimer"), @Claim(key = "preferred_username", value = "claimer"),
            @Claim(key = "email", value = "someone.else@example.org"), @Claim(key = "email_verified", value = "false") })
    void anUnverifiedEmailLinksNothing() {
        accreditationImport.run(active(), csv("""
                organisation,organisation_country,full_name,kind,country,login,stations
                Domestic Watch,KZ,Someone Else,domestic,KZ,someone.else@example.org,190006
                """));
        given().get("/observer").then().statusCode(200).body(containsString("No accreditation for this election"));
        assertThat(count("select count(*) from accreditation where login = 'someone.else@example.org' and subject is null"))
                .isEqualTo(1);
    }

    @Test
    void anOrganisationIsOneWhateverTheCaseOfItsName() {
        accreditationImport.run(active(), csv("""
                organisation,organisation_country,full_name,kind,country,login,stations
                osce/odihr,PL,Lower Case,international,FR,lower.case,
                """));
        assertThat(count("select count(*) from organisation where lower(name) = 'osce/odihr'")).isEqualTo(1);
        assertThat(count("""
                select count(*) from accreditation a join organisation o on o.id = a.organisation_id
                where a.login = 'lower.case' and o.name = 'OSCE/ODIHR'""")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "stranger", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-stranger"), @Claim(key = "preferred_username", value = "stranger") })
    void anObserverWithoutAccreditationIsToldWhatToDo() {
        given().get("/observer").then().statusCode(200)
                .body(containsString("No accreditation for this election is linked to your account (stranger)"));
    }

    @Test
    void csvImportIsAllOrNothingAndIdempotent() {
        long before = count("select count(*) from accreditation");
        ImportRejectedException rejected = org.assertj.core.api.Assertions.catchThrowableOfType(
                ImportRejectedException.class, () -> accreditationImport.run(active(), csv("""
                        organisation,organisation_country,full_name,kind,country,login,stations
                        New Watch,KZ,Good Row,domestic,KZ,good.row,180020
                        New Watch,KZ,Bad Kind,tourist,KZ,bad.kind,
                        New Watch,KZ,Bad Station,domestic,KZ,bad.station,12345
                        New Watch,KZ,Repeat,domestic,KZ,GOOD.ROW,
                        """)));
        assertThat(rejected.problems()).extracting(Object::toString).containsExactly(
                "accreditations.csv line 3: kind 'tourist' is not one of international, domestic, party_agent",
                "accreditations.csv line 4: station 12345 is not a station of KZ-MAZHILIS-2023",
                "accreditations.csv line 5: the login good.row is already on line 2");
        assertThat(count("select count(*) from accreditation")).isEqualTo(before);

        String good = """
                organisation,organisation_country,full_name,kind,country,login,stations
                New Watch,KZ,Good Row,domestic,KZ,good.row,180020 180021
                """;
        AccreditationImport.Result first = accreditationImport.run(active(), csv(good));
        assertThat(first).isEqualTo(new AccreditationImport.Result(1, 1, 2));
        AccreditationImport.Result second = accreditationImport.run(active(), csv(good));
        assertThat(second).isEqualTo(new AccreditationImport.Result(1, 0, 0));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminUploadShowsTheLineOfABadRow() {
        CsrfForm form = CsrfForm.from("/admin/accreditations/import");
        form.multipart().multiPart("file", "accreditations.csv", """
                organisation,organisation_country,full_name,kind,country,login,stations
                Upload Watch,KZ,Upload Row,domestic,KZZ,upload.row,
                """.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/admin/accreditations/import").then().statusCode(400)
                .body(containsString("accreditations.csv</code> line 2: country &#39;KZZ&#39; is not a two-letter ISO country code"));
    }

    @Transactional
    Election active() {
        return Election.findActive().orElseThrow();
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
