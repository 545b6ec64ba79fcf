package org.observer.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Posts a form as a browser does: the CSRF cookie and the hidden token of the page that shows it. */
public record CsrfForm(String cookie, String token) {
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** Opens the page with the form, as the user does before filling it in. */
    public static CsrfForm from(String page) {
        Response response = given().redirects().follow(false).get(page);
        response.then().statusCode(200);
        Matcher matcher = TOKEN.matcher(response.asString());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token in the form of " + page);
        }
        return new CsrfForm(response.getCookie("csrf"), matcher.group(1));
    }

    /** A url-encoded form post carrying the token. */
    public RequestSpecification post() {
        return given().redirects().follow(false).cookie("csrf", cookie).formParam("csrf-token", token);
    }

    /** A multipart post of a page that another site made: it has the browser's cookie but not the token. */
    public RequestSpecification multipartWithoutToken() {
        return given().redirects().follow(false).cookie("csrf", cookie);
    }

    /** A multipart form post carrying the token. */
    public RequestSpecification multipart() {
        return given().redirects().follow(false).cookie("csrf", cookie).multiPart("csrf-token", token);
    }
}
