package org.observer.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.observer.accreditation.Accreditation;
import org.observer.accreditation.CurrentObserver;
import org.observer.audit.AuditEvent;
import org.observer.data.SubmissionId;
import org.observer.election.PollingStation;
import org.observer.election.StationDirectory;
import org.observer.photo.CheckedPhoto;
import org.observer.photo.PhotoCheck;
import org.observer.photo.PhotoResponses;
import org.observer.photo.PhotoStore;
import org.observer.web.Flash;
import org.observer.web.Languages;
import org.observer.web.ObserverConfig;
import org.observer.web.Roles;

/** The observer's incident form, the receipt of a sent report, its photos and its amendments. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(PollingStation station, boolean assigned, ReportForm form,
                Map<String, String> errors, List<IncidentCategory> categories, List<Phase> phases,
                List<Severity> severities, String action, Report amending, boolean photosDropped, int maxPhotos,
                long maxPhotoMegabytes, String sentAs);

        static native TemplateInstance receipt(Report report, List<Report> versions, List<ReportPhoto> photos,
                boolean canAmend, boolean amendWindowOver, List<AuditEvent> history);
    }

    @Inject
    org.observer.web.CurrentUser user;
    @Inject
    CurrentObserver observer;
    @Inject
    ReportAccess access;
    @Inject
    ReportSubmission submission;
    @Inject
    ObserverConfig config;
    @Inject
    PhotoStore photoStore;
    @Inject
    StationDirectory stations;
    @Inject
    CategoryCodes categoryCodes;
    @Inject
    HttpHeaders headers;

    @GET
    // "Back" after sending shows a new form (a new submission id), not the sent one from the cache
    @Cache(noStore = true)
    @Path("observer/stations/{number}/report")
    @RolesAllowed(Roles.OBSERVER)
    public TemplateInstance newReport(@RestPath String number, @RestQuery String draft) {
        CurrentObserver.StationChoice choice = observer.station(number);
        ReportForm form = SubmissionId.parse(draft)
                .flatMap(id -> ReportDraft.find(observer.require(), id))
                .map(d -> ReportForm.decode(d.submissionId.toString(), d.fields))
                .orElseGet(() -> ReportForm.blank(choice.station().zone()));
        return form(choice, form, Map.of(), null, false);
    }

    @POST
    @Path("observer/stations/{number}/report")
    @RolesAllowed(Roles.OBSERVER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response send(@RestPath String number, @BeanParam ReportForm form) {
        // one transaction for the whole send: the look-ups and the insert commit once
        return sendAtOnce(number, form).orElseGet(() -> QuarkusTransaction.joiningExisting().call(() -> {
            CurrentObserver.StationChoice choice = observer.station(number);
            if (form.isDraft()) {
                return saveDraft(observer.require(), choice, form);
            }
            return file(choice, form, null);
        }));
    }

    /**
     * The common case, a new report without photos that passes its checks, in one statement with the
     * election, station and categories from short-lived caches. Empty for anything else (a draft,
     * photos, an error to show, an accreditation still to link, something not in the caches): the
     * full way above then answers, as it always did.
     */
    private Optional<Response> sendAtOnce(String number, ReportForm form) {
        String subject = user.subject();
        Optional<Long> election = stations.activeElectionId();
        if (form.isDraft() || !form.attachedPhotos().isEmpty() || subject == null || election.isEmpty()) {
            return Optional.empty();
        }
        StationDirectory.Entry station = stations.station(election.get(), number == null ? "" : number.strip());
        if (station == null) {
            return Optional.empty();
        }
        Map<String, Long> categories = categoryCodes.ofElection(election.get());
        ReportForm.Checked checked = form.check(station.zone(), categories::get);
        // a changed resend takes the full way, which shows the form again
        return checked.input().flatMap(input -> submission.submitWithoutPhotos(election.get(), subject, station.id(),
                input)).filter(sent -> !sent.changed()).map(sent -> toReceipt(sent.receiptCode()));
    }

    @GET
    @Path("reports/{code}")
    @Authenticated
    public TemplateInstance receipt(@RestPath String code) {
        return receipt(access.visible(code), false);
    }

    private TemplateInstance receipt(Report report, boolean amendWindowOver) {
        List<Report> versions = Report.versionsOf(report);
        return Templates.receipt(report, versions, ReportPhoto.ofVersions(versions), canAmend(report),
                amendWindowOver, AuditEvent.of("REPORT", report.first().id).stream()
                        .filter(e -> user.isStaff() || !e.isInternal()).toList());
    }

    @GET
    @Path("reports/{code}/photos/{photo}")
    @Authenticated
    @Produces({ "image/jpeg", "image/png", "image/webp" })
    public Response photo(@RestPath String code, @RestPath long photo, @RestQuery boolean thumbnail) {
        Report report = access.visible(code);
        ReportPhoto found = ReportPhoto.ofReport(report, photo).orElseThrow(NotFoundException::new);
        return PhotoResponses.of(photoStore, found.photo, thumbnail);
    }

    @GET
    // "Back" after sending shows a new form (a new submission id), not the sent one from the cache
    @Cache(noStore = true)
    @Path("reports/{code}/amend")
    @RolesAllowed(Roles.OBSERVER)
    public Response amendForm(@RestPath String code) {
        Report report = ownReport(code);
        if (!canAmend(report)) {
            return Response.status(Response.Status.FORBIDDEN).entity(receipt(report, true)).build();
        }
        return Response.ok(form(stationOf(report), ReportForm.of(latest(report)), Map.of(), report, false)).build();
    }

    @POST
    @Path("reports/{code}/amend")
    @RolesAllowed(Roles.OBSERVER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @jakarta.transaction.Transactional
    public Response amend(@RestPath String code, @BeanParam ReportForm form) {
        Report report = ownReport(code);
        if (canAmend(report)) {
            return file(stationOf(report), form, report);
        }
        // sent before the time was over, its answer lost: the resend finds the amendment it made
        Optional<Report> sent = SubmissionId.parse(form.submissionId).flatMap(Report::findBySubmission)
                .filter(access::isAuthor).filter(r -> r.first().id.equals(report.first().id));
        if (sent.isPresent()) {
            return toReceipt(sent.get().receiptCode);
        }
        // too late to amend: the changes stay on the page, to be sent as a new report of the station
        return Response.status(Response.Status.FORBIDDEN).entity(form(stationOf(report), form,
                Map.of(AMEND_WINDOW, "error_amend_window"), null, !form.attachedPhotos().isEmpty())).build();
    }

    /** The problem of an amendment sent after its time; the page then offers a new report instead. */
    static final String AMEND_WINDOW = "amendWindow";

    private static CurrentObserver.StationChoice stationOf(Report report) {
        return new CurrentObserver.StationChoice(report.station, report.stationAssigned);
    }

    private Response file(CurrentObserver.StationChoice choice, ReportForm form, Report amends) {
        Map<String, String> errors = new LinkedHashMap<>();
        ReportForm.Checked checked = form.check(choice.station().zone(), code -> Optional
                .ofNullable(IncidentCategory.findByCode(choice.station().election, code)).map(c -> c.id).orElse(null));
        errors.putAll(checked.errors());
        List<CheckedPhoto> photos = checkPhotos(form.attachedPhotos(), errors);
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(form(choice, form, errors, amends, !form.attachedPhotos().isEmpty())).build();
        }
        ReportSubmission.Sent sent = submission.submit(observer.require(), choice.station(), choice.assigned(),
                checked.input().orElseThrow(), photos, amends);
        if (sent.changed()) {
            // the form came back ("Back") and was edited after it was sent: keep the edits, say where the first went
            form.submissionId = SubmissionId.fresh();
            return Response.status(Response.Status.BAD_REQUEST).entity(form(choice, form, Map.of(), amends,
                    !form.attachedPhotos().isEmpty(), sent.receiptCode())).build();
        }
        return toReceipt(sent.receiptCode());
    }

    private static Response toReceipt(String receiptCode) {
        return Response.seeOther(URI.create("/reports/" + receiptCode)).build();
    }

    private List<CheckedPhoto> checkPhotos(List<FileUpload> uploads, Map<String, String> errors) {
        List<CheckedPhoto> photos = new ArrayList<>();
        if (uploads.size() > config.reports().maxPhotos()) {
            errors.put("photos", "error_photo_count");
            return photos;
        }
        for (FileUpload upload : uploads) {
            if (upload.size() > config.reports().maxPhotoBytes()) {
                errors.put("photos", "error_photo_size");
                continue;
            }
            try {
                PhotoCheck.Result result = PhotoCheck.check(Files.readAllBytes(upload.uploadedFile()),
                        config.reports().maxPhotoBytes());
                result.photo().ifPresentOrElse(photos::add, () -> errors.put("photos",
                        result.problem() == PhotoCheck.Problem.SIZE ? "error_photo_size" : "error_photo_type"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return photos;
    }

    private Response saveDraft(Accreditation author, CurrentObserver.StationChoice choice, ReportForm form) {
        PollingStation station = choice.station();
        var id = SubmissionId.parse(form.submissionId);
        if (id.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(form(choice, form,
                    Map.of(ReportForm.SUBMISSION_ID, ReportForm.ERROR_FORM_RENEWED), null, false)).build();
        }
        submission.saveDraft(author, station, id.get(), form.encode());
        return Response.seeOther(URI.create("/observer")).cookie(Flash.of(words().draft_saved(station.number)))
                .build();
    }

    @POST
    @Path("observer/drafts/{id}/delete")
    @RolesAllowed(Roles.OBSERVER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteDraft(@RestPath String id) {
        // only the author's own draft goes; deleting it again changes nothing
        SubmissionId.parse(id).ifPresent(draft -> submission.deleteDraft(observer.require(), draft));
        return Response.seeOther(URI.create("/observer")).cookie(Flash.of(words().draft_deleted())).build();
    }

    /** The report's words in the user's language, for a message written here (a flash after a redirect). */
    private ReportMessages words() {
        return Languages.messages(ReportMessages.class, headers);
    }

    private TemplateInstance form(CurrentObserver.StationChoice choice, ReportForm form, Map<String, String> errors,
            Report amending, boolean photosDropped) {
        return form(choice, form, errors, amending, photosDropped, null);
    }

    /** {@code sentAs}: the receipt an earlier send of this form got, when the form was edited after it. */
    private TemplateInstance form(CurrentObserver.StationChoice choice, ReportForm form, Map<String, String> errors,
            Report amending, boolean photosDropped, String sentAs) {
        if (errors.containsKey(ReportForm.SUBMISSION_ID)) {
            // a form too old or not made here: with a fresh id what is kept can be sent
            form.submissionId = SubmissionId.fresh();
        }
        String action = amending == null ? "/observer/stations/" + choice.station().number + "/report"
                : "/reports/" + amending.first().receiptCode + "/amend";
        return Templates.form(choice.station(), choice.assigned(), form, errors,
                IncidentCategory.ofElection(choice.station().election), List.of(Phase.values()),
                List.of(Severity.values()), action, amending, photosDropped, config.reports().maxPhotos(),
                config.reports().maxPhotoBytes() / (1024 * 1024), sentAs);
    }

    private boolean canAmend(Report report) {
        return access.isAuthor(report)
                && report.first().receivedAt.plus(config.reports().amendWindow()).isAfter(OffsetDateTime.now());
    }

    /** The author's own report; anyone else's is as good as not there. */
    private Report ownReport(String code) {
        Report report = access.visible(code);
        if (!access.isAuthor(report)) {
            throw new NotFoundException();
        }
        return report;
    }

    private static Report latest(Report report) {
        List<Report> versions = Report.versionsOf(report);
        return versions.get(versions.size() - 1);
    }
}
