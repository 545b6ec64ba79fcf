package org.observer.accreditation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.stream.Stream;
import org.observer.election.Election;
import org.observer.web.CurrentUser;

/**
 * Finds the signed-in user's accreditation. The admin enters a username or e-mail; the first sign-in
 * with either (the e-mail only when Keycloak verified it) binds the accreditation to the Keycloak subject, which then stays the key even when
 * the username or e-mail later changes.
 */
@ApplicationScoped
public class AccreditationLink {

    @Transactional
    public Optional<Accreditation> of(CurrentUser user, Election election) {
        String subject = user.subject();
        if (subject == null) {
            return Optional.empty();
        }
        Optional<Accreditation> linked = Accreditation.findBySubject(election, subject);
        if (linked.isPresent()) {
            return linked;
        }
        Optional<Accreditation> byLogin = Stream.of(user.username(), user.isEmailVerified() ? user.email() : null)
                .filter(login -> login != null && !login.isBlank())
                .map(login -> Accreditation.findByLogin(election, login))
                .flatMap(Optional::stream)
                .filter(a -> a.subject == null)
                .findFirst();
        if (byLogin.isEmpty()) {
            return byLogin;
        }
        // bind only if still unbound: of two first sign-ins at once, one wins and the other is told nothing
        int bound = Accreditation.update("subject = ?1 where id = ?2 and subject is null", subject, byLogin.get().id);
        Accreditation.getEntityManager().refresh(byLogin.get());
        return bound == 1 ? byLogin : Optional.empty();
    }
}
