package org.observer.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is signed in, as pages need it: {inject:user.name}, {#if inject:user.admin}. */
@RequestScoped
@Named("user")
public class CurrentUser {
    @Inject
    SecurityIdentity identity;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    /** Keycloak's stable id of the user. */
    public String subject() {
        return claim("sub");
    }

    public String username() {
        String username = claim("preferred_username");
        return username == null ? principalName() : username;
    }

    public String email() {
        return claim("email");
    }

    /** The name to greet the user with. */
    public String name() {
        String name = claim("name");
        return name == null ? username() : name;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isObserver() {
        return hasRole(Roles.OBSERVER);
    }

    public boolean isCoordinator() {
        return hasRole(Roles.COORDINATOR);
    }

    public boolean isReviewer() {
        return hasRole(Roles.REVIEWER);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    /** The page a user lands on after signing in; the strongest role wins. */
    public String homePath() {
        if (isAdmin()) {
            return "/admin";
        }
        if (isReviewer()) {
            return "/review";
        }
        if (isCoordinator()) {
            return "/coordinator";
        }
        if (isObserver()) {
            return "/observer";
        }
        return "/no-role";
    }

    private String claim(String name) {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token) {
            Object value = token.getClaim(name);
            if (value != null) {
                return value.toString();
            }
        }
        return "sub".equals(name) ? principalName() : null;
    }

    private String principalName() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }
}
