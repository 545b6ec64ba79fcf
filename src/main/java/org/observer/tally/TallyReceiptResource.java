package org.observer.tally;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.observer.accreditation.AccreditationLink;
import org.observer.data.ReceiptCode;
import org.observer.web.CurrentUser;

/**
 * A tally's receipt: its author, the coordinators of the author's organisation, reviewers and admins
 * see it. Everyone else is told there is nothing there, so a guessed code learns nothing.
 */
@Path("/tallies")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class TallyReceiptResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipt(Tally tally);
    }

    @Inject
    CurrentUser user;
    @Inject
    AccreditationLink link;

    @GET
    @Path("{code}")
    public TemplateInstance receipt(@RestPath String code) {
        Tally tally = Tally.findByReceiptCode(ReceiptCode.normalise(code)).filter(this::visible)
                .orElseThrow(NotFoundException::new);
        return Templates.receipt(tally);
    }

    @GET
    @Path("{code}/photo")
    @jakarta.ws.rs.Produces({ "image/jpeg", "image/png", "image/webp" })
    public jakarta.ws.rs.core.Response photo(@RestPath String code, @org.jboss.resteasy.reactive.RestQuery boolean thumbnail) {
        Tally tally = Tally.findByReceiptCode(ReceiptCode.normalise(code)).filter(this::visible)
                .filter(t -> t.protocolPhoto != null).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        return org.observer.photo.PhotoResponses.of(photoStore, tally.protocolPhoto, thumbnail);
    }

    @jakarta.inject.Inject
    org.observer.photo.PhotoStore photoStore;

    boolean visible(Tally tally) {
        if (user.isAdmin() || user.isReviewer()) {
            return true;
        }
        return link.of(user, tally.election)
                .filter(own -> own.id.equals(tally.accreditation.id)
                        || user.isCoordinator() && own.organisation.id.equals(tally.accreditation.organisation.id))
                .isPresent();
    }
}
