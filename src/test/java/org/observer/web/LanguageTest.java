package org.observer.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LanguageTest {

    @Test
    void switchRemembersTheLanguageAndGoesBack() {
        String cookie = given().redirects().follow(false).header("Referer", "http://localhost:8081/stations?q=1")
                .get("/lang/kk").then().statusCode(303).header("Location", endsWith("/stations?q=1"))
                .extract().cookie("lang");
        given().cookie("lang", cookie).get("/").then().statusCode(200)
                .body(containsString("lang=\"kk\"")).body(containsString("Сайлауды байқау"));
    }

    @Test
    void switchNeverSendsTheUserToAnotherSite() {
        for (String referer : new String[] { "https://evil.example/phish", "//evil.example/phish", "javascript:alert(1)" }) {
            given().redirects().follow(false).header("Referer", referer)
                    .get("/lang/ru").then().statusCode(303)
                    .header("Location", org.hamcrest.Matchers.matchesPattern("http://localhost:\\d+/(phish)?"))
                    .header("Location", org.hamcrest.Matchers.not(containsString("evil")))
                    .header("Location", org.hamcrest.Matchers.not(containsString("javascript")));
        }
        given().redirects().follow(false).get("/lang/de").then().statusCode(404);
    }

    @Test
    void browserLanguageIsUsedWithoutAChoice() {
        given().header("Accept-Language", "de-DE, ru;q=0.8, en;q=0.5").get("/").then()
                .body(containsString("lang=\"ru\"")).body(containsString("Наблюдение за выборами"));
        given().header("Accept-Language", "fr").get("/").then().body(containsString("lang=\"en\""));
    }
}
