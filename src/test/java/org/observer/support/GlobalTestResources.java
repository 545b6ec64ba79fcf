package org.observer.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Test resources for every @QuarkusTest: the real PostgreSQL, and an OIDC server that stands in
 * for Keycloak in the fast suites (the real one runs in {@code RealKeycloakLoginTest}).
 */
@QuarkusTestResource(DatabaseTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public class GlobalTestResources {
}
