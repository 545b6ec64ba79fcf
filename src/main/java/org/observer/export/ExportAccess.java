package org.observer.export;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Objects;
import org.observer.accreditation.Accreditation;
import org.observer.accreditation.CurrentObserver;
import org.observer.audit.AuditTrail;
import org.observer.web.CurrentUser;
import org.observer.web.Languages;

/**
 * Who may export what: reviewers and admins everything; a coordinator only their own organisation's
 * reports (asking for another one is refused, not quietly narrowed); observers nothing.
 */
@RequestScoped
public class ExportAccess {
    @Inject
    CurrentUser user;
    @Inject
    CurrentObserver observer;
    @Inject
    HttpHeaders headers;

    /** What the reader sees of an export, and the organisation their rows are limited to (null: all). */
    public record Reader(Column.Audience audience, Long organisation, AuditTrail.Actor actor) {
    }

    /** The reader's language, for names of regions and categories. */
    public Locale language() {
        // the language filter has already put the user's chosen language first
        return Locale.forLanguageTag(Languages.choose(null, headers.getAcceptableLanguages()));
    }

    /** @param organisation the organisation the filter asks for, or null */
    public Reader reader(Long organisation) {
        AuditTrail.Actor actor = new AuditTrail.Actor(user.subject(), user.name());
        if (user.isStaff()) {
            return new Reader(Column.Audience.STAFF, organisation, actor);
        }
        if (!user.isCoordinator()) {
            throw new ForbiddenException("exports are for reviewers, admins and coordinators");
        }
        Accreditation own = observer.accreditation()
                .orElseThrow(() -> new ForbiddenException("a coordinator without an accreditation"));
        if (organisation != null && !Objects.equals(organisation, own.organisation.id)) {
            throw new ForbiddenException("another organisation's reports");
        }
        return new Reader(Column.Audience.ORGANISATION, own.organisation.id, actor);
    }
}
