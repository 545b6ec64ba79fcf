package org.observer.checklist;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.observer.accreditation.StationVisit;
import org.observer.accreditation.StationVisits;
import org.observer.accreditation.Accreditation;
import org.observer.accreditation.CurrentObserver;
import org.observer.data.SubmissionId;
import org.observer.election.PollingStation;
import org.observer.report.Phase;
import org.observer.web.Roles;

/** The observer's checklist of a phase at a station, what was sent, and check-in and check-out there. */
// at "/" with the methods' paths, so that other features' pages under /observer/... are found
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ChecklistResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(PollingStation station, boolean assigned, Phase phase, List<Phase> phases,
                List<ChecklistQuestion> questions, ChecklistForm form, Map<String, String> errors, StationVisit visit,
                List<StationVisit> visits, String visitError, List<ChecklistSubmission> sent,
                ChecklistSubmission sentAs);

        static native TemplateInstance sent(ChecklistSubmission submission, List<ChecklistAnswer> answers);
    }

    @Inject
    CurrentObserver observer;
    @Inject
    ChecklistStore store;
    @Inject
    StationVisits stationVisits;
    @Inject
    ChecklistAccess access;

    @GET
    // "Back" after sending shows a new form (a new submission id), not the sent one from the cache
    @Cache(noStore = true)
    @Path("observer/stations/{number}/checklist")
    @RolesAllowed(Roles.OBSERVER)
    public TemplateInstance form(@RestPath String number, @RestQuery String phase) {
        return form(observer.station(number), phase(phase), ChecklistForm.blank(), Map.of(), null);
    }

    @POST
    @Path("observer/stations/{number}/checklist")
    @RolesAllowed(Roles.OBSERVER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@RestPath String number, @RestQuery String phase, MultivaluedMap<String, String> fields) {
        return send(number, phase, ChecklistForm.of(fields));
    }

    /** The same form as the phone's offline queue sends it: its FormData goes out as multipart. */
    @POST
    @Path("observer/stations/{number}/checklist")
    @RolesAllowed(Roles.OBSERVER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response sendQueued(@RestPath String number, @RestQuery String phase, MultipartFormDataInput parts) {
        MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
        parts.getValues().forEach((name, values) -> values.stream().filter(value -> !value.isFileItem())
                .forEach(value -> fields.add(name, value.getValue())));
        return send(number, phase, ChecklistForm.of(fields));
    }

    private Response send(String number, String phase, ChecklistForm form) {
        CurrentObserver.StationChoice choice = observer.station(number);
        Phase checklistPhase = phase(phase);
        ChecklistForm.Checked checked = form.check(ChecklistQuestion.ofPhase(choice.station().election, checklistPhase));
        if (!checked.isValid()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(form(choice, checklistPhase, form, checked.errors(), null)).build();
        }
        ChecklistSubmission sent = store.submit(observer.require(), choice.station(), choice.assigned(), checklistPhase,
                checked.submissionId(), checked.answers());
        if (!store.says(sent, checked.answers())) {
            // the form came back ("Back") and was edited after it was sent: keep the edits, say where the first went
            form.submissionId = SubmissionId.fresh();
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(form(choice, checklistPhase, form, Map.of(), null, sent)).build();
        }
        return Response.seeOther(URI.create("/observer/checklists/" + sent.submissionId)).build();
    }

    @GET
    @Path("observer/checklists/{id}")
    @Authenticated
    public TemplateInstance sent(@RestPath String id) {
        ChecklistSubmission checklist = access.visible(id);
        return Templates.sent(checklist, ChecklistAnswer.of(checklist));
    }

    @POST
    @Path("observer/stations/{number}/check-in")
    @RolesAllowed(Roles.OBSERVER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(@RestPath String number, @RestForm String phase) {
        CurrentObserver.StationChoice choice = observer.station(number);
        stationVisits.checkIn(observer.require(), choice.station());
        return backToChecklist(choice.station(), phase(phase));
    }

    @POST
    @Path("observer/stations/{number}/check-out")
    @RolesAllowed(Roles.OBSERVER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkOut(@RestPath String number, @RestForm String phase) {
        CurrentObserver.StationChoice choice = observer.station(number);
        Phase checklistPhase = phase(phase);
        if (!stationVisits.checkOut(observer.require(), choice.station())) {
            return Response.status(Response.Status.CONFLICT).entity(form(choice, checklistPhase, ChecklistForm.blank(),
                    Map.of(), "error_not_checked_in")).build();
        }
        return backToChecklist(choice.station(), checklistPhase);
    }

    private static Response backToChecklist(PollingStation station, Phase phase) {
        return Response.seeOther(URI.create("/observer/stations/" + station.number + "/checklist?phase=" + phase))
                .build();
    }

    /** The phase asked for; none means the first one, and one without a checklist is not a page. */
    private static Phase phase(String name) {
        if (name == null || name.isBlank()) {
            return ChecklistQuestion.PHASES.get(0);
        }
        return ChecklistQuestion.PHASES.stream().filter(p -> p.name().equals(name.strip())).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private TemplateInstance form(CurrentObserver.StationChoice choice, Phase phase, ChecklistForm form,
            Map<String, String> errors, String visitError) {
        return form(choice, phase, form, errors, visitError, null);
    }

    /** {@code sentAs}: the checklist an earlier send of this form stored, when the form was edited after it. */
    private TemplateInstance form(CurrentObserver.StationChoice choice, Phase phase, ChecklistForm form,
            Map<String, String> errors, String visitError, ChecklistSubmission sentAs) {
        Accreditation own = observer.require();
        PollingStation station = choice.station();
        return Templates.form(station, choice.assigned(), phase, ChecklistQuestion.PHASES,
                ChecklistQuestion.ofPhase(station.election, phase), form, errors, StationVisit.openOf(own).orElse(null),
                StationVisit.of(own, station), visitError, ChecklistSubmission.of(own, station), sentAs);
    }
}
