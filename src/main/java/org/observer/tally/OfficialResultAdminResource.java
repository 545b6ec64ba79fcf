package org.observer.tally;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.observer.data.csv.ImportProblem;
import org.observer.data.csv.ImportRejectedException;
import org.observer.election.Election;
import org.observer.web.Flash;
import org.observer.web.Languages;
import org.observer.web.Roles;

/** The admin uploads the commission's per-station protocols of the active election. */
@Path("/admin/results")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class OfficialResultAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance importForm(Election election, long protocols, List<ImportProblem> problems);
    }

    @Inject
    OfficialResultImport officialResultImport;
    @Inject
    org.observer.web.CurrentUser user;
    @Inject
    HttpHeaders headers;

    @GET
    @Path("import")
    public TemplateInstance importForm() {
        Election election = Election.requireActive();
        return Templates.importForm(election, OfficialProtocol.countOf(election), List.of());
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file) {
        Election election = Election.requireActive();
        if (file == null || file.size() == 0) {
            return refuse(election, List.of(new ImportProblem(OfficialResultImport.FILE, 0, "is missing")));
        }
        try (InputStream content = Files.newInputStream(file.uploadedFile())) {
            OfficialResultImport.Result result = officialResultImport.run(election, content,
                    new org.observer.audit.AuditTrail.Actor(user.subject(), user.name()));
            TallyMessages words = Languages.messages(TallyMessages.class, headers);
            return Response.seeOther(URI.create("/admin/results/import")).cookie(Flash.of(words.results_imported(
                    result.rows(), result.protocols(), result.protocolsChanged(), result.linesChanged()))).build();
        } catch (ImportRejectedException rejected) {
            return refuse(election, rejected.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response refuse(Election election, List<ImportProblem> problems) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.importForm(election, OfficialProtocol.countOf(election), problems)).build();
    }
}
