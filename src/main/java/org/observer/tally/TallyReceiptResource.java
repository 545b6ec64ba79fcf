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
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.observer.accreditation.AuthorAccess;
import org.observer.data.ReceiptCode;
import org.observer.photo.PhotoResponses;
import org.observer.photo.PhotoStore;

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
    AuthorAccess access;
    @Inject
    PhotoStore photoStore;

    @GET
    @Path("{code}")
    public TemplateInstance receipt(@RestPath String code) {
        Tally tally = Tally.findByReceiptCode(ReceiptCode.normalise(code)).filter(this::visible)
                .orElseThrow(NotFoundException::new);
        return Templates.receipt(tally);
    }

    @GET
    @Path("{code}/photo")
    @Produces({ "image/jpeg", "image/png", "image/webp" })
    public Response photo(@RestPath String code, @RestQuery boolean thumbnail) {
        Tally tally = Tally.findByReceiptCode(ReceiptCode.normalise(code)).filter(this::visible)
                .filter(t -> t.protocolPhoto != null).orElseThrow(NotFoundException::new);
        return PhotoResponses.of(photoStore, tally.protocolPhoto, thumbnail);
    }

    boolean visible(Tally tally) {
        return access.canSee(tally.accreditation);
    }
}
