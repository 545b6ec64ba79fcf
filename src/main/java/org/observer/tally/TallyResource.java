package org.observer.tally;

import org.observer.photo.CheckedPhoto;
import org.observer.photo.PhotoCheck;
import org.observer.web.ObserverConfig;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.Cache;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.observer.accreditation.Accreditation;
import org.observer.accreditation.CurrentObserver;
import org.observer.accreditation.CurrentObserver.StationChoice;
import org.observer.data.SubmissionId;
import org.observer.web.Roles;

/** The observer copies a station's results protocol for one ballot and gets a receipt. */
@Path("/observer/stations/{number}/tally")
@RolesAllowed(Roles.OBSERVER)
@Produces(MediaType.TEXT_HTML)
public class TallyResource {

    /**
     * A line of the form: a protocol figure (labelled by its message key) or the votes of a ballot
     * line, with what the observer typed, its error and the checks it takes part in.
     */
    public record Row(String name, String id, String labelKey, BallotChoice choice, String value, String error,
            List<TallyCheck> checks) {
        public boolean isInvalid() {
            return error != null || !checks.isEmpty();
        }

        public boolean isRegisteredVoters() {
            return TallyForm.REGISTERED_VOTERS.equals(name);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(StationChoice choice, Ballot ballot, List<Ballot> ballots,
                List<Row> protocol, List<Row> votes, List<TallyCheck> votesChecks, String submissionId,
                String comment, String commentError, List<String> problems, List<TallyCheck> failed,
                boolean lineErrors, String photoError, boolean photoDropped, String sentAs);
    }

    @Inject
    CurrentObserver observer;
    @Inject
    TallyStore store;

    @GET
    // "Back" after sending shows a new form (a new submission id), not the sent one from the cache
    @Cache(noStore = true)
    public TemplateInstance form(@RestPath String number, @RestQuery String ballot) {
        Ballot chosen = Ballot.parse(ballot).orElseThrow(NotFoundException::new);
        StationChoice station = observer.station(number);
        List<BallotChoice> choices = choices(chosen, station);
        return render(station, chosen, choices, new TallyForm(), SubmissionId.fresh(), Map.of(), List.of(), null);
    }

    @jakarta.inject.Inject
    ObserverConfig config;

    @POST
    @jakarta.ws.rs.Consumes(jakarta.ws.rs.core.MediaType.MULTIPART_FORM_DATA)
    public Response send(@RestPath String number, @RestQuery String ballot, @BeanParam TallyForm form) {
        Ballot chosen = Ballot.parse(ballot).orElseThrow(NotFoundException::new);
        StationChoice station = observer.station(number);
        Accreditation author = observer.require();
        List<BallotChoice> choices = choices(chosen, station);
        Optional<UUID> submission = SubmissionId.parse(form.submissionId);
        if (submission.isEmpty()) {
            // a form we did not make (or a broken page): the observer checks it and sends a fresh one
            return refuse(Response.Status.BAD_REQUEST, station, chosen, choices, form,
                    Map.of(TallyForm.WHOLE_FORM, "error_submission"), List.of());
        }
        Optional<TallyStore.Outcome> earlier = store.earlier(submission.get(), author);
        TallyForm.Validation validation = form.validate(choices.size());
        if (earlier.isPresent() && earlier.get() instanceof TallyStore.Stored stored
                && !store.says(submission.get(), validation.figures(), form.trimmedComment())) {
            // the form came back ("Back") and was edited after it was sent: keep the edits, say where the first went
            form.submissionId = null;
            return Response.status(Response.Status.BAD_REQUEST).entity(render(station, chosen, choices, form,
                    SubmissionId.fresh(), validation.errors(), validation.failed(), stored.receiptCode())).build();
        }
        if (earlier.isPresent()) {
            return answer(earlier.get(), station, chosen, choices, form);
        }
        Optional<CheckedPhoto> photo = Optional.empty();
        Map<String, String> errors = new java.util.HashMap<>(validation.errors());
        if (form.photo != null && form.photo.size() > config.reports().maxPhotoBytes()) {
            errors.put(PHOTO, "error_photo_size");
        } else if (form.photo != null && form.photo.size() > 0) {
            PhotoCheck.Result checked = PhotoCheck.check(readAll(form.photo), config.reports().maxPhotoBytes());
            photo = checked.photo();
            if (photo.isEmpty()) {
                errors.put(PHOTO, checked.problem() == PhotoCheck.Problem.SIZE ? "error_photo_size" : "error_photo_type");
            }
        }
        if (validation.refused() || errors.containsKey(PHOTO)) {
            return refuse(Response.Status.BAD_REQUEST, station, chosen, choices, form, errors, validation.failed());
        }
        TallyStore.Outcome outcome = store.store(submission.get(), author, station, chosen, validation.figures(),
                validation.failed(), form.trimmedComment(), choices, photo);
        return answer(outcome, station, chosen, choices, form);
    }

    static final String PHOTO = "photo";

    private static byte[] readAll(org.jboss.resteasy.reactive.multipart.FileUpload upload) {
        try {
            return java.nio.file.Files.readAllBytes(upload.uploadedFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Response answer(TallyStore.Outcome outcome, StationChoice station, Ballot ballot,
            List<BallotChoice> choices, TallyForm form) {
        if (outcome instanceof TallyStore.Stored stored) {
            return Response.seeOther(URI.create("/tallies/" + stored.receiptCode())).build();
        }
        // says nothing of the other observer's tally; the figures stay for a fresh send
        form.submissionId = null;
        return refuse(Response.Status.CONFLICT, station, ballot, choices, form,
                Map.of(TallyForm.WHOLE_FORM, "error_submission_taken"), List.of());
    }

    private static List<BallotChoice> choices(Ballot ballot, StationChoice station) {
        List<BallotChoice> choices = BallotChoice.of(ballot, station.station());
        if (choices.isEmpty()) {
            // a district without candidates has no single-member protocol to copy
            throw new NotFoundException();
        }
        return choices;
    }

    private static Response refuse(Response.Status status, StationChoice station, Ballot ballot,
            List<BallotChoice> choices, TallyForm form, Map<String, String> errors, List<TallyCheck> failed) {
        String submissionId = SubmissionId.parse(form.submissionId).map(UUID::toString).orElseGet(SubmissionId::fresh);
        return Response.status(status)
                .entity(render(station, ballot, choices, form, submissionId, errors, failed, null)).build();
    }

    /** {@code sentAs}: the receipt an earlier send of this form got, when the form was edited after it. */
    private static TemplateInstance render(StationChoice station, Ballot ballot, List<BallotChoice> choices,
            TallyForm form, String submissionId, Map<String, String> errors, List<TallyCheck> failed, String sentAs) {
        List<Row> protocol = new ArrayList<>();
        List<String> values = form.protocolValues();
        for (int i = 0; i < TallyForm.PROTOCOL_FIELDS.size(); i++) {
            String field = TallyForm.PROTOCOL_FIELDS.get(i);
            protocol.add(new Row(field, "f-" + field, field, null, values.get(i), errors.get(field),
                    checksOf(field, failed)));
        }
        List<Row> votes = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            String field = TallyForm.voteField(i);
            votes.add(new Row(TallyForm.VOTES, "f-" + field, null, choices.get(i), form.vote(i), errors.get(field),
                    List.of()));
        }
        List<String> problems = errors.containsKey(TallyForm.WHOLE_FORM) ? List.of(errors.get(TallyForm.WHOLE_FORM))
                : List.of();
        // a browser never sends a file again: a photo that came with a refused form must be attached anew
        boolean photoDropped = form.photo != null && form.photo.size() > 0;
        // "some lines need attention" only when a line of the protocol has an error, not the comment or photo
        boolean lineErrors = protocol.stream().anyMatch(r -> r.error() != null)
                || votes.stream().anyMatch(r -> r.error() != null);
        return Templates.form(station, ballot, List.of(Ballot.values()), protocol, votes,
                checksOf(TallyForm.VOTES, failed), submissionId, form.comment, errors.get(TallyForm.COMMENT), problems,
                failed, lineErrors, errors.get(PHOTO), photoDropped, sentAs);
    }

    private static List<TallyCheck> checksOf(String field, List<TallyCheck> failed) {
        return failed.stream().filter(check -> check.fields().contains(field)).toList();
    }
}
