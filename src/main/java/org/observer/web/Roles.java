package org.observer.web;

/** The Keycloak realm roles the app knows; each has its own landing page. */
public final class Roles {
    public static final String OBSERVER = "observer";
    public static final String COORDINATOR = "coordinator";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
