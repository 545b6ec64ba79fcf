package org.observer.support;

import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** What the browser suites share: one Chromium for the class, the app's address and the tests' own SQL. */
public abstract class BrowserSuite {
    protected static PhoneBrowser browser;

    @TestHTTPResource("/")
    protected URL app;
    @Inject
    protected Sql sql;

    @BeforeAll
    static void launch() throws IOException {
        browser = PhoneBrowser.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
