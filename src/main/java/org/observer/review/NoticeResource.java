package org.observer.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.observer.accreditation.CurrentObserver;
import org.observer.accreditation.Organisation;
import org.observer.data.SubmissionId;
import org.observer.election.AdministrativeUnit;
import org.observer.election.Election;
import org.observer.web.CurrentUser;
import org.observer.web.Roles;

/** Notices: the commission writes to observers; observers mark them read; the sender sees who has. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class NoticeResource {
    static final int MAX_TEXT = 1000;

    public record Sent(Notice notice, long addressed, long read) {
    }

    public record Reader(String name, String organisation, Object readAt) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notices(List<Sent> sent, List<AdministrativeUnit> units,
                List<Organisation> organisations, String submissionId, String text, String audience, String unit,
                Long organisation, Map<String, String> errors);

        static native TemplateInstance notice(Notice notice, List<Reader> readers);
    }

    @Inject
    CurrentUser user;
    @Inject
    CurrentObserver observer;
    @Inject
    EntityManager entityManager;

    @GET
    @Path("review/notices")
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    public TemplateInstance notices() {
        return page(SubmissionId.fresh(), "", "ALL", null, null, Map.of());
    }

    private TemplateInstance page(String submissionId, String text, String audience, String unit, Long organisation,
            Map<String, String> errors) {
        Election election = Election.requireActive();
        Map<Long, long[]> counts = new HashMap<>();
        Notice.sentWithCounts(election).forEach(r -> counts.put(((Number) r[0]).longValue(),
                new long[] { ((Number) r[1]).longValue(), ((Number) r[2]).longValue() }));
        List<Sent> sent = Notice.<Notice>list("election = ?1 order by sentAt desc", election).stream()
                .map(n -> new Sent(n, counts.getOrDefault(n.id, new long[2])[0], counts.getOrDefault(n.id, new long[2])[1]))
                .toList();
        return Templates.notices(sent, AdministrativeUnit.ofElection(election), Organisation.listByName(), submissionId,
                text, audience, unit, organisation, errors);
    }

    @POST
    @Path("review/notices")
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    @Transactional
    public Response send(@RestForm String submissionId, @RestForm String text, @RestForm String audience,
            @RestForm String unit, @RestForm Long organisation) {
        Election election = Election.requireActive();
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<UUID> id = SubmissionId.parse(submissionId);
        if (id.isEmpty()) {
            errors.put("text", "error_form_expired");
        }
        String message = text == null ? "" : text.strip();
        if (message.isEmpty()) {
            errors.put("text", "error_required");
        } else if (message.length() > MAX_TEXT) {
            errors.put("text", "error_too_long");
        }
        Notice.Audience chosen = "UNIT".equals(audience) ? Notice.Audience.UNIT
                : "ORGANISATION".equals(audience) ? Notice.Audience.ORGANISATION : Notice.Audience.ALL;
        AdministrativeUnit targetUnit = chosen == Notice.Audience.UNIT && unit != null
                ? AdministrativeUnit.<AdministrativeUnit>find("election = ?1 and code = ?2", election, unit)
                        .firstResultOptional().orElse(null)
                : null;
        Organisation targetOrganisation = chosen == Notice.Audience.ORGANISATION && organisation != null
                ? Organisation.findById(organisation) : null;
        if (chosen == Notice.Audience.UNIT && targetUnit == null) {
            errors.put("unit", "error_choose");
        }
        if (chosen == Notice.Audience.ORGANISATION && targetOrganisation == null) {
            errors.put("organisation", "error_choose");
        }
        if (!errors.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(submissionId, text, chosen.name(), unit, organisation, errors)).build();
        }
        // the same form sent twice is one notice
        @SuppressWarnings("unchecked")
        List<Number> inserted = entityManager.createNativeQuery("""
                insert into notice (election_id, submission_id, sender_subject, sender_name, audience, unit_id,
                                    organisation_id, text)
                values (?1, ?2, ?3, ?4, ?5, nullif(?6, 0), nullif(?7, 0), ?8)
                on conflict (submission_id) do nothing returning id""")
                .setParameter(1, election.id).setParameter(2, id.get()).setParameter(3, user.subject())
                .setParameter(4, user.name()).setParameter(5, chosen.name())
                .setParameter(6, targetUnit == null ? 0L : targetUnit.id)
                .setParameter(7, targetOrganisation == null ? 0L : targetOrganisation.id)
                .setParameter(8, message).getResultList();
        long noticeId = inserted.isEmpty()
                ? Notice.<Notice>find("submissionId", id.get()).firstResult().id
                : inserted.get(0).longValue();
        return Response.seeOther(URI.create("/review/notices/" + noticeId)).build();
    }

    @GET
    @Path("review/notices/{id}")
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    public TemplateInstance notice(@RestPath long id) {
        Notice notice = Notice.<Notice>findByIdOptional(id).orElseThrow(NotFoundException::new);
        List<Reader> readers = Notice.readers(notice).stream()
                .map(r -> new Reader((String) r[0], (String) r[1], r[2])).toList();
        return Templates.notice(notice, readers);
    }

    /** The observer has read the notice: it leaves their home page. */
    @POST
    @Path("observer/notices/{id}/read")
    @RolesAllowed(Roles.OBSERVER)
    @Transactional
    public Response read(@RestPath long id) {
        var reader = observer.require();
        if (!Notice.isAddressedTo(id, reader)) {
            throw new NotFoundException();
        }
        entityManager.createNativeQuery("""
                insert into notice_read (notice_id, accreditation_id) values (?1, ?2) on conflict do nothing""")
                .setParameter(1, id).setParameter(2, reader.id).executeUpdate();
        return Response.seeOther(URI.create("/observer")).build();
    }
}
