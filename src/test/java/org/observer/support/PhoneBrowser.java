package org.observer.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Debian's Chromium driven by Playwright as a 360 px phone; screenshots go to target/screenshots/. */
public final class PhoneBrowser implements AutoCloseable {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final Chromium chromium;

    private PhoneBrowser(Chromium chromium) {
        this.chromium = chromium;
    }

    public static PhoneBrowser launch() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        return new PhoneBrowser(Chromium.start());
    }

    /** A fresh phone: its own storage, service workers and IndexedDB. */
    public BrowserContext phone() {
        return chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true).setLocale("en-GB"));
    }

    public static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** A desk-sized window, for the pages of the commission's staff. */
    public BrowserContext desk() {
        return chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1024, 900)
                .setLocale("en-GB"));
    }

    @Override
    public void close() {
        chromium.close();
    }
}
