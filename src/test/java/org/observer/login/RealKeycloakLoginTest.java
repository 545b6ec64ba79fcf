package org.observer.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URL;
import org.htmlunit.SilentCssErrorHandler;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** Signs in through the real Keycloak login form, as a person does, and lands on the role's page. */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
class RealKeycloakLoginTest {
    @TestHTTPResource("/")
    URL app;

    private static WebClient browser() {
        WebClient client = new WebClient();
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.setCssErrorHandler(new SilentCssErrorHandler());
        client.getOptions().setRedirectEnabled(true);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        return client;
    }

    private HtmlPage signIn(WebClient client, String page, String username, String password) throws IOException {
        HtmlPage login = client.getPage(new URL(app, page));
        assertThat(login.getUrl().toString()).startsWith("http://localhost:8180/realms/observer/");
        HtmlForm form = login.getHtmlElementById("kc-form-login");
        form.getInputByName("username").type(username);
        form.getInputByName("password").type(password);
        return login.getHtmlElementById("kc-login").click();
    }

    @Test
    void observerSignsInSeesTheirStationsAndSignsOut() throws IOException {
        try (WebClient client = browser()) {
            HtmlPage home = signIn(client, "/home", "observer", "demo");
            assertThat(home.getUrl().getPath()).isEqualTo("/observer");
            assertThat(home.asNormalizedText()).contains("Hello, Anna Schneider").contains("OSCE/ODIHR").contains("180001");
            assertThat(client.getCookieManager().getCookies()).anySatisfy(c -> assertThat(c.getName()).startsWith("q_session"));

            HtmlPage admin = client.getPage(new URL(app, "/admin"));
            assertThat(admin.getWebResponse().getStatusCode()).isEqualTo(403);

            HtmlPage afterLogout = client.getPage(new URL(app, "/logout"));
            assertThat(afterLogout.getUrl().getPath()).isEqualTo("/");
            HtmlPage again = client.getPage(new URL(app, "/observer"));
            assertThat(again.getUrl().toString()).as("signed out: back to the login page")
                    .startsWith("http://localhost:8180/realms/observer/");
        }
    }

    @Test
    void eachRoleLandsOnItsPage() throws IOException {
        String[][] roles = { { "admin", "/admin", "Administration" }, { "reviewer", "/review", "Review desk" },
                { "coordinator", "/coordinator", "Civic Monitoring Network (demo)" } };
        for (String[] role : roles) {
            try (WebClient client = browser()) {
                HtmlPage landing = signIn(client, "/home", role[0], "demo");
                assertThat(landing.getUrl().getPath()).as(role[0]).isEqualTo(role[1]);
                assertThat(landing.asNormalizedText()).as(role[0]).contains(role[2]);
            }
        }
    }

    @Test
    void wrongPasswordStaysOnTheLoginPage() throws IOException {
        try (WebClient client = browser()) {
            HtmlPage page = signIn(client, "/home", "observer", "not-the-password");
            assertThat(page.getUrl().toString()).startsWith("http://localhost:8180/");
            assertThat(page.asNormalizedText()).containsIgnoringCase("invalid");
        }
    }
}
