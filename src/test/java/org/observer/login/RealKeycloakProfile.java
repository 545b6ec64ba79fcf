package org.observer.login;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import org.observer.support.DatabaseTestResource;
import org.observer.support.RealKeycloakTestResource;

/** The app as users meet it: the real Keycloak, and the demo data loaded at start (as in every test). */
public class RealKeycloakProfile implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(DatabaseTestResource.class),
                new TestResourceEntry(RealKeycloakTestResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
