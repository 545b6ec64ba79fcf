package org.observer.accreditation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.observer.data.csv.ImportProblem;
import org.observer.data.csv.ImportRejectedException;
import org.observer.election.Election;
import org.observer.election.PollingStation;
import org.observer.web.Flash;
import org.observer.web.Roles;

/** The admin's pages for accreditations: search, create, link to a Keycloak user, assign stations. */
@Path("/admin/accreditations")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AccreditationAdminResource {
    static final int PAGE_SIZE = 50;

    public record Listed(Accreditation accreditation, long stations) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Election election, String q, List<Organisation> organisations,
                Long organisation, List<Listed> accreditations, int page, boolean hasNext);

        static native TemplateInstance create(AccreditationForm form, Map<String, String> errors,
                List<Organisation> organisations, List<Accreditation.Kind> kinds);

        static native TemplateInstance detail(Accreditation accreditation, String stationsInput, String stationsError,
                String unknownStations, String loginInput, String loginError);

        static native TemplateInstance importForm(List<ImportProblem> problems);
    }

    @Inject
    AccreditationImport accreditationImport;

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery Long organisation, @RestQuery int page) {
        Election election = Election.requireActive();
        String text = q == null ? "" : q.strip();
        Organisation chosen = organisation == null ? null : Organisation.findById(organisation);
        int current = Math.max(page, 0);
        List<Accreditation> found = Accreditation.search(election, text, chosen, current, PAGE_SIZE + 1);
        boolean hasNext = found.size() > PAGE_SIZE;
        List<Accreditation> shown = hasNext ? found.subList(0, PAGE_SIZE) : found;
        Map<Long, Long> counts = stationCounts(shown);
        List<Listed> listed = shown.stream().map(a -> new Listed(a, counts.getOrDefault(a.id, 0L))).toList();
        return Templates.list(election, text, Organisation.listByName(), organisation, listed, current, hasNext);
    }

    private static Map<Long, Long> stationCounts(List<Accreditation> accreditations) {
        Map<Long, Long> counts = new HashMap<>();
        if (!accreditations.isEmpty()) {
            Accreditation.getEntityManager()
                    .createQuery("select a.id, count(s) from Accreditation a join a.stations s where a in ?1 group by a.id",
                            Object[].class)
                    .setParameter(1, accreditations)
                    .getResultStream()
                    .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        return counts;
    }

    @GET
    @Path("new")
    public TemplateInstance createForm() {
        return create(new AccreditationForm(), Map.of());
    }

    private static TemplateInstance create(AccreditationForm form, Map<String, String> errors) {
        return Templates.create(form, errors, Organisation.listByName(), List.of(Accreditation.Kind.values()));
    }

    @POST
    @Path("new")
    @Transactional
    public Response create(@BeanParam AccreditationForm form) {
        Election election = Election.requireActive();
        Map<String, String> errors = new HashMap<>(form.validate());
        if (!errors.containsKey("login") && Accreditation.findByLogin(election, form.login).isPresent()) {
            errors.put("login", "error_login_taken");
        }
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(create(form, errors)).build();
        }
        Organisation organisation = Organisation.findByName(form.organisation).orElseGet(() -> {
            Organisation created = new Organisation();
            created.name = form.organisation.strip();
            created.persist();
            return created;
        });
        Accreditation accreditation = new Accreditation();
        accreditation.election = election;
        accreditation.organisation = organisation;
        accreditation.fullName = form.fullName.strip();
        accreditation.kind = form.kind();
        accreditation.country = form.country.strip().toUpperCase(Locale.ROOT);
        accreditation.login = Accreditation.normalLogin(form.login);
        accreditation.persist();
        return Response.seeOther(URI.create("/admin/accreditations/" + accreditation.id))
                .cookie(Flash.of(accreditation.fullName + " ✓")).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@RestPath long id) {
        return Templates.detail(find(id), "", null, null, null, null);
    }

    /** Links the accreditation to another Keycloak user: the binding is made again at their next sign-in. */
    @POST
    @Path("{id}/login")
    @Transactional
    public Response changeLogin(@RestPath long id, @RestForm String login) {
        Accreditation accreditation = find(id);
        String normal = Accreditation.normalLogin(login);
        String error = null;
        if (normal == null || normal.isEmpty() || normal.contains(" ")) {
            error = "error_login";
        } else if (Accreditation.findByLogin(accreditation.election, normal).filter(a -> a != accreditation).isPresent()) {
            error = "error_login_taken";
        }
        if (error != null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.detail(accreditation, "", null, null, login, error)).build();
        }
        if (!normal.equals(accreditation.login)) {
            accreditation.login = normal;
            accreditation.subject = null;
        }
        return Response.seeOther(URI.create("/admin/accreditations/" + id)).cookie(Flash.of(normal + " ✓")).build();
    }

    /** Frees the accreditation for the next sign-in with its login, e.g. after the Keycloak account was recreated. */
    @POST
    @Path("{id}/unlink")
    @Transactional
    public Response unlink(@RestPath long id) {
        Accreditation accreditation = find(id);
        accreditation.subject = null;
        return Response.seeOther(URI.create("/admin/accreditations/" + id)).build();
    }

    /** Assigns the stations whose numbers are typed, separated by spaces or commas; all or none. */
    @POST
    @Path("{id}/stations")
    @Transactional
    public Response assign(@RestPath long id, @RestForm String numbers) {
        Accreditation accreditation = find(id);
        Set<String> typed = new LinkedHashSet<>(List.of((numbers == null ? "" : numbers.strip()).split("[\\s,;]+")));
        typed.remove("");
        List<PollingStation> stations = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String number : typed) {
            PollingStation.findByNumber(accreditation.election, number).ifPresentOrElse(stations::add,
                    () -> unknown.add(number));
        }
        if (typed.isEmpty() || !unknown.isEmpty()) {
            String error = typed.isEmpty() ? "error_required" : "error_unknown_stations";
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.detail(accreditation, numbers, error, String.join(", ", unknown), null, null))
                    .build();
        }
        accreditation.stations.addAll(stations);
        return Response.seeOther(URI.create("/admin/accreditations/" + id)).build();
    }

    @POST
    @Path("{id}/stations/{number}/remove")
    @Transactional
    public Response unassign(@RestPath long id, @RestPath String number) {
        Accreditation accreditation = find(id);
        accreditation.stations.removeIf(s -> s.number.equals(number));
        return Response.seeOther(URI.create("/admin/accreditations/" + id)).build();
    }

    @GET
    @Path("import")
    public TemplateInstance importForm() {
        return Templates.importForm(List.of());
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file) {
        if (file == null || file.size() == 0) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.importForm(
                    List.of(new ImportProblem(AccreditationImport.FILE, 0, "is missing")))).build();
        }
        try (InputStream content = Files.newInputStream(file.uploadedFile())) {
            AccreditationImport.Result result = accreditationImport.run(Election.requireActive(), content);
            return Response.seeOther(URI.create("/admin/accreditations")).cookie(Flash.of("Imported "
                    + result.rows() + " rows: " + result.accreditationsChanged() + " accreditations added or changed, "
                    + result.assignmentsAdded() + " station assignments added.")).build();
        } catch (ImportRejectedException rejected) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.importForm(rejected.problems()))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Accreditation find(long id) {
        return Accreditation.findWithStations(id).orElseThrow(NotFoundException::new);
    }

}
