package org.observer.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's Chromium driven by Playwright as a 360 px phone; screenshots go to target/screenshots/. */
public final class PhoneBrowser implements AutoCloseable {
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final Playwright playwright;
    private final Browser browser;

    private PhoneBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static PhoneBrowser launch() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("observer.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
        return new PhoneBrowser(playwright, browser);
    }

    /** A fresh phone: its own storage, service workers and IndexedDB. */
    public BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true).setLocale("en-GB"));
    }

    public static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
