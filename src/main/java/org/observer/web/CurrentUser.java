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

    /** Whether Keycloak has verified the e-mail: an unverified one is anyone's to type. */
    public boolean isEmailVerified() {
        return "true".equals(claim("email_verified"));
    }

    /**
     * Tags what this user queued on a phone, so a report queued offline is never sent, or shown,
     * under the next person who signs in on the same phone.
     */
    public String queueOwner() {
        String subject = subject();
        if (subject == null) {
            return "";
        }
        return org.observer.data.Sha256.of(subject.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 24);
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

    /** The election commission's staff: reviewers and admins. */
    public boolean isStaff() {
        return isReviewer() || isAdmin();
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
