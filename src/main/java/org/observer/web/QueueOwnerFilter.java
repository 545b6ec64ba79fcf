package org.observer.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A form the phone queued offline carries the tag of the user who filled it in. Sent while someone
 * else is signed in on that phone, it is refused (409) and stays queued for its owner.
 */
public class QueueOwnerFilter {
    public static final String HEADER = "X-Queue-Owner";

    @Inject
    CurrentUser user;

    @ServerRequestFilter
    public Response checkOwner(ContainerRequestContext request) {
        String owner = request.getHeaderString(HEADER);
        if (owner != null && !owner.equals(user.queueOwner())) {
            return Response.status(Response.Status.CONFLICT).build();
        }
        return null;
    }
}
