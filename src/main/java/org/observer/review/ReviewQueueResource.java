package org.observer.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.observer.accreditation.Accreditation;
import org.observer.accreditation.Organisation;
import org.observer.audit.AuditEvent;
import org.observer.audit.AuditTrail;
import org.observer.data.SubmissionId;
import org.observer.election.AdministrativeUnit;
import org.observer.election.Election;
import org.observer.report.IncidentCategory;
import org.observer.report.Phase;
import org.observer.report.Report;
import org.observer.report.ReportPhoto;
import org.observer.report.ReportStatus;
import org.observer.report.Severity;
import org.observer.web.CurrentUser;
import org.observer.web.Flash;
import org.observer.web.Roles;

/** The review queue and a report as a reviewer works on it: decisions, comments, incidents. */
@Path("/")
@RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class ReviewQueueResource {
    static final int MAX_COMMENT = 2000;

    /** What the filter form offers. */
    public record Choices(List<IncidentCategory> categories, List<AdministrativeUnit> units,
            List<Organisation> organisations) {
        public Phase[] phases() {
            return Phase.values();
        }

        public Severity[] severities() {
            return Severity.values();
        }

        public ReportStatus[] statuses() {
            return ReportStatus.values();
        }

        public Accreditation.Kind[] kinds() {
            return Accreditation.Kind.values();
        }

        public ReportFilter.Sort[] sorts() {
            return ReportFilter.Sort.values();
        }

        public Decision[] bulkDecisions() {
            return new Decision[] { Decision.TAKE, Decision.VERIFY, Decision.DISMISS, Decision.REFER };
        }
    }

    /** The review panel of one report: what may be decided now, and everything reviewers said. */
    public record Panel(long reportId, ReportStatus status, String heldBy, int reviewVersion, String publicComment,
            String dismissReason, List<Decision> decisions, long incidentId,
            List<IncidentGroups.Witness> witnesses, List<ReportComment> comments, String commentId) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(ReportFilter filter, Map<String, String> errors,
                Map<String, String> input, ReportQueue.Page page, Choices choices, String zone);

        static native TemplateInstance report(Report report, List<Report> versions, List<ReportPhoto> photos,
                List<AuditEvent> history, Panel panel, Map<String, String> errors, String message);
    }

    @Inject
    ReportQueue queue;
    @Inject
    ReviewDecisions decisions;
    @Inject
    IncidentGroups groups;
    @Inject
    CurrentUser user;
    @Inject
    ReviewTexts texts;
    @Inject
    AuditTrail audit;
    @Inject
    jakarta.persistence.EntityManager entityManager;

    @GET
    @Path("review/reports")
    public Response queue(@Context UriInfo uri) {
        Election election = Election.requireActive();
        ReportFilter.Parsed parsed = ReportFilter.parse(uri.getQueryParameters());
        Map<String, String> input = new java.util.HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> input.put(name, values.get(0)));
        TemplateInstance page = Templates.queue(parsed.filter(), parsed.errors(), input,
                queue.page(parsed.filter(), election), new Choices(IncidentCategory.ofElection(election),
                        AdministrativeUnit.ofElection(election), Organisation.listByName()),
                queue.zoneOf(election).getId());
        return Response.status(parsed.errors().isEmpty() ? 200 : 400).entity(page).build();
    }

    @GET
    @Path("review/reports/{code}")
    public TemplateInstance report(@RestPath String code) {
        return reportPage(code, Map.of(), null, SubmissionId.fresh());
    }

    private TemplateInstance reportPage(String code, Map<String, String> errors, String message, String commentId) {
        Report report = Report.findByReceipt(code).orElseThrow(NotFoundException::new);
        List<Report> versions = Report.versionsOf(report);
        Report last = versions.get(versions.size() - 1);
        long reportId = report.first().id;
        Object[] state = (Object[]) entityManager.createNativeQuery("""
                select review_version, incident_group_id, dismiss_reason, holder_name, holder_subject
                from report where id = ?1""")
                .setParameter(1, last.id).getSingleResult();
        long incident = ((Number) state[1]).longValue();
        Panel panel = new Panel(reportId, last.status, last.status == ReportStatus.IN_REVIEW ? (String) state[3] : null,
                ((Number) state[0]).intValue(), last.publicComment, (String) state[2],
                Decision.from(last.status, user.isAdmin(), !java.util.Objects.equals(state[4], user.subject())),
                incident, groups.witnesses(incident),
                ReportComment.of(reportId), commentId);
        return Templates.report(report, versions, ReportPhoto.ofVersions(versions), AuditEvent.of("REPORT", reportId),
                panel, errors, message);
    }

    @POST
    @Path("review/reports/{code}/decision")
    public Response decide(@RestPath String code, @RestForm String decision, @RestForm int version,
            @RestForm String reason) {
        Report report = Report.findByReceipt(code).orElseThrow(NotFoundException::new);
        Decision chosen = parseDecision(decision);
        ReviewDecisions.Result result = decisions.decide(reviewer(), report.first().id, version, chosen, reason);
        return answer(code, result, "reason");
    }

    @POST
    @Path("review/reports/{code}/public-comment")
    public Response publicComment(@RestPath String code, @RestForm int version, @RestForm String text) {
        Report report = Report.findByReceipt(code).orElseThrow(NotFoundException::new);
        if (text != null && text.strip().length() > MAX_COMMENT) {
            return Response.status(400).entity(reportPage(code, Map.of("public", "error_too_long"), null,
                    SubmissionId.fresh())).build();
        }
        return answer(code, decisions.publicComment(reviewer(), report.first().id, version, text), "public");
    }

    /** One internal comment; the same form sent twice is one comment. */
    @POST
    @Path("review/reports/{code}/comments")
    @Transactional
    public Response comment(@RestPath String code, @RestForm String submissionId, @RestForm String text) {
        Report report = Report.findByReceipt(code).orElseThrow(NotFoundException::new);
        String comment = text == null ? "" : text.strip();
        String error = SubmissionId.parse(submissionId).isEmpty() ? "error_form_expired"
                : comment.isEmpty() ? "error_required" : comment.length() > MAX_COMMENT ? "error_too_long" : null;
        if (error != null) {
            return Response.status(400).entity(reportPage(code, Map.of("comment", error), null,
                    submissionId == null ? SubmissionId.fresh() : submissionId)).build();
        }
        long reportId = report.first().id;
        int added = entityManager.createNativeQuery("""
                insert into report_comment (report_id, submission_id, author_subject, author_name, text)
                values (?1, ?2, ?3, ?4, ?5) on conflict (submission_id) do nothing""")
                .setParameter(1, reportId).setParameter(2, UUID.fromString(submissionId))
                .setParameter(3, user.subject()).setParameter(4, user.name()).setParameter(5, comment).executeUpdate();
        if (added > 0) {
            audit.record(actor(), "COMMENT_ADDED", "REPORT", reportId, report.station.id, null, comment);
        }
        return Response.seeOther(URI.create("/review/reports/" + code + "#comments")).build();
    }

    @POST
    @Path("review/reports/{code}/split")
    public Response split(@RestPath String code) {
        Report report = Report.findByReceipt(code).orElseThrow(NotFoundException::new);
        boolean split = groups.split(actor(), report.first().id);
        return Response.seeOther(URI.create("/review/reports/" + code)).cookie(Flash.of(texts.split(split)))
                .build();
    }

    /** Joins this report's incident with another report's, named by its receipt code. */
    @POST
    @Path("review/reports/{code}/merge")
    public Response merge(@RestPath String code, @RestForm String other) {
        Report report = Report.findByReceipt(code).orElseThrow(NotFoundException::new);
        var target = other == null ? java.util.Optional.<Report>empty()
                : Report.findByReceipt(other.strip().toUpperCase(java.util.Locale.ROOT));
        if (target.isEmpty()) {
            return Response.status(400).entity(reportPage(code, Map.of("other", "error_unknown_report"), null,
                    SubmissionId.fresh())).build();
        }
        groups.merge(actor(), List.of(report.first().id, target.get().first().id));
        return Response.seeOther(URI.create("/review/reports/" + code)).build();
    }

    /** The queue's selection: every report ticked, with the review version the reviewer saw ("id:version"). */
    @POST
    @Path("review/bulk")
    public Response bulk(@RestForm List<String> report, @RestForm String action, @RestForm String reason,
            @RestForm String back) {
        List<long[]> selected = new ArrayList<>();
        for (String value : report == null ? List.<String>of() : report) {
            String[] parts = value.split(":");
            try {
                selected.add(new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) });
            } catch (RuntimeException e) {
                throw new jakarta.ws.rs.BadRequestException();
            }
        }
        // back to the queue the reviewer came from, rebuilt from what can be read of it: never another site
        String query = ReportFilter.fromQuery(back).toQuery();
        URI queuePage = URI.create("/review/reports" + (query.isEmpty() ? "" : "?" + query));
        if (selected.isEmpty()) {
            return Response.seeOther(queuePage).cookie(Flash.of(texts.nothingSelected())).build();
        }
        if ("MERGE".equals(action)) {
            int moved = groups.merge(actor(), selected.stream().map(r -> r[0]).toList());
            return Response.seeOther(queuePage).cookie(Flash.of(texts.merged(moved))).build();
        }
        Decision chosen = parseDecision(action);
        if (chosen.needsReason() && (reason == null || reason.isBlank())) {
            return Response.seeOther(queuePage).cookie(Flash.of(texts.reasonRequired())).build();
        }
        List<ReviewDecisions.Result> results = decisions.decideAll(reviewer(), selected, chosen, reason);
        return Response.seeOther(queuePage).cookie(Flash.of(texts.bulk(results))).build();
    }

    private Response answer(String code, ReviewDecisions.Result result, String field) {
        return switch (result.outcome()) {
            case DONE -> Response.seeOther(URI.create("/review/reports/" + code)).build();
            case NOT_FOUND -> throw new NotFoundException();
            case REASON_REQUIRED -> Response.status(400)
                    .entity(reportPage(code, Map.of(field, "error_reason_required"), null, SubmissionId.fresh())).build();
            // 409: the page, as it is now, says what happened instead of what the reviewer saw
            default -> Response.status(409).entity(reportPage(code, Map.of(),
                    texts.refusal(result), SubmissionId.fresh())).build();
        };
    }

    private static Decision parseDecision(String decision) {
        try {
            return Decision.valueOf(decision);
        } catch (RuntimeException e) {
            throw new jakarta.ws.rs.BadRequestException();
        }
    }

    private AuditTrail.Actor actor() {
        return new AuditTrail.Actor(user.subject(), user.name());
    }

    private ReviewDecisions.Reviewer reviewer() {
        return new ReviewDecisions.Reviewer(actor(), user.isAdmin());
    }
}
