package org.observer.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each role lands on its own page and is refused the others'; anonymous users go to sign in. */
@QuarkusTest
class RoleAccessTest {

    private static void expect(String home, Map<String, Integer> pages) {
        given().redirects().follow(false).get("/home").then().statusCode(303).header("Location", endsWith(home));
        pages.forEach((page, status) -> {
            var response = given().redirects().follow(false).get(page).then().statusCode(status);
            if (status == 403) {
                response.body(containsString("Your role does not allow this page."));
            }
        });
    }

    @Test
    @TestSecurity(user = "observer", roles = "observer")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-observer"), @Claim(key = "preferred_username", value = "observer") })
    void observer() {
        expect("/observer", Map.of("/observer", 200, "/coordinator", 403, "/review", 403, "/admin", 403,
                "/admin/accreditations", 403, "/admin/elections/import", 403, "/stations", 200));
        given().get("/observer").then().body(containsString("Anna Schneider")).body(containsString("OSCE/ODIHR"))
                .body(containsString("href=\"/stations/180001\""))
                .body(not(containsString("href=\"/admin\"")));
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    @OidcSecurity(claims = { @Claim(key = "sub", value = "sub-coordinator"), @Claim(key = "preferred_username", value = "coordinator") })
    void coordinatorSeesOnlyTheirOrganisation() {
        expect("/coordinator", Map.of("/observer", 403, "/coordinator", 200, "/review", 403, "/admin", 403));
        given().get("/coordinator").then()
                .body(containsString("Civic Monitoring Network (demo)"))
                .body(containsString("Aigerim Nurlanovna Seitkali"))
                .body(not(containsString("Anna Schneider")))
                .body(not(containsString("Dmitry Sokolov")));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "reviewer")
    void reviewer() {
        expect("/review", Map.of("/observer", 403, "/coordinator", 403, "/review", 200, "/admin", 403));
        given().get("/review").then().body(containsString("Astana")).body(containsString("10,233"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminAlsoReviews() {
        expect("/admin", Map.of("/observer", 403, "/coordinator", 403, "/review", 200, "/admin", 200,
                "/admin/accreditations", 200));
        given().get("/admin").then().body(containsString("KZ-MAZHILIS-2023")).body(containsString("12,035,578"));
    }

    @Test
    @TestSecurity(user = "nobody", roles = {})
    void signedInWithoutRoleIsToldSo() {
        given().redirects().follow(true).get("/home").then().statusCode(403).body(containsString("No role yet"));
    }

    @Test
    void anonymousUsersAreSentToTheSignInPage() {
        for (String page : new String[] { "/home", "/observer", "/coordinator", "/review", "/admin", "/stations" }) {
            given().redirects().follow(false).get(page).then().statusCode(302)
                    .header("Location", containsString("response_type=code"))
                    .header("Location", containsString("client_id=observer-web"));
        }
        given().get("/").then().statusCode(200).body(containsString("Sign in")).body(containsString("href=\"/home\""));
        given().get("/q/health").then().statusCode(200).body(containsString("UP"));
    }

    @Test
    void pagesCarrySecurityHeaders() {
        given().get("/").then()
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff");
    }
}
