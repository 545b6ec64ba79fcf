package org.observer.election;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.observer.data.csv.ImportProblem;
import org.observer.data.csv.ImportRejectedException;
import org.observer.web.Flash;
import org.observer.web.Roles;

/** The admin's home: the elections, their data, and the import of an election definition. */
@Path("/admin")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class ElectionAdminResource {

    /** What the admin sees of one election. */
    public record ElectionSummary(Election election, long parties, long units, long districts, long candidates,
            long stations, long registeredVoters) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<ElectionSummary> elections);

        static native TemplateInstance importForm(List<String> files, List<ImportProblem> problems);
    }

    @Inject
    ElectionImport electionImport;

    @GET
    public TemplateInstance home() {
        List<Election> elections = Election.list("order by electionDate desc, code");
        return Templates.home(elections.stream().map(ElectionAdminResource::summary).toList());
    }

    private static ElectionSummary summary(Election e) {
        Number voters = (Number) Election.getEntityManager()
                .createQuery("select coalesce(sum(s.registeredVoters), 0) from PollingStation s where s.election = ?1")
                .setParameter(1, e).getSingleResult();
        return new ElectionSummary(e, BallotLine.count("election", e), AdministrativeUnit.count("election", e),
                District.count("election", e), Candidate.count("district.election", e),
                PollingStation.count("election", e), voters.longValue());
    }

    @POST
    @Path("elections/{code}/activate")
    @Transactional
    public Response activate(@RestPath String code) {
        Election chosen = Election.findByCode(code).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        Election.update("active = false where active = true and id <> ?1", chosen.id);
        // the partial unique index allows one active election: clear the old one before setting the new one
        Election.getEntityManager().flush();
        chosen.active = true;
        return Response.seeOther(URI.create("/admin")).cookie(Flash.of(chosen.name.en + " ✓")).build();
    }

    @GET
    @Path("elections/import")
    public TemplateInstance importForm() {
        return Templates.importForm(ElectionDefinition.FILES, List.of());
    }

    @POST
    @Path("elections/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFiles(@RestForm(FileUpload.ALL) List<FileUpload> uploads) {
        Map<String, InputStream> files = new HashMap<>();
        try {
            for (FileUpload upload : uploads) {
                if (ElectionDefinition.FILES.contains(upload.name()) && upload.size() > 0) {
                    files.put(upload.name(), Files.newInputStream(upload.uploadedFile()));
                }
            }
            ElectionImport.Result result = electionImport.run(files);
            String message = "Imported " + result.electionCode() + ": " + result.rowsRead() + " rows read, "
                    + result.totalChanged() + " added or changed.";
            return Response.seeOther(URI.create("/admin")).cookie(Flash.of(message)).build();
        } catch (ImportRejectedException rejected) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.importForm(ElectionDefinition.FILES, rejected.problems())).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            files.values().forEach(ElectionAdminResource::closeQuietly);
        }
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // a temporary upload file: nothing to recover
        }
    }
}
