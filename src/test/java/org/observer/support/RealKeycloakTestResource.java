package org.observer.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The real Keycloak server with the demo realm: the one already running on port 8180, or one this
 * resource starts with src/dev/keycloak.sh (and stops again at the end).
 */
public class RealKeycloakTestResource implements QuarkusTestResourceLifecycleManager {
    public static final String REALM_URL = "http://localhost:8180/realms/observer";
    private boolean startedHere;

    @Override
    public Map<String, String> start() {
        if (!answers()) {
            run("start");
            startedHere = true;
        }
        return Map.of("quarkus.oidc.auth-server-url", REALM_URL);
    }

    @Override
    public void stop() {
        if (startedHere) {
            run("stop");
        }
    }

    static boolean answers() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(REALM_URL + "/.well-known/openid-configuration"))
                            .timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(String command) {
        File root = new File(System.getProperty("project.root", "."));
        try {
            Process process = new ProcessBuilder("bash", "src/dev/keycloak.sh", command).directory(root)
                    .inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("src/dev/keycloak.sh " + command + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run src/dev/keycloak.sh " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
