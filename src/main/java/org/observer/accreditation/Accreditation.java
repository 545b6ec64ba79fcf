package org.observer.accreditation;

import io.quarkus.panache.common.Page;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.observer.data.IdentityEntity;
import org.observer.election.Election;
import org.observer.election.PollingStation;

/**
 * An observer's accreditation for one election. The admin gives the login (a Keycloak username or
 * e-mail); {@link #subject} binds it to the Keycloak account the first time that user signs in.
 */
@Entity
public class Accreditation extends IdentityEntity {
    public enum Kind {
        INTERNATIONAL, DOMESTIC, PARTY_AGENT;

        /** Its name in the message bundle. */
        public String messageKey() {
            return "kind_" + name();
        }
    }

    @ManyToOne(optional = false)
    public Election election;
    @ManyToOne(optional = false)
    public Organisation organisation;
    public String fullName;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    /** ISO 3166 code of the observer's citizenship. */
    public String country;
    public String login;
    public String subject;
    @jakarta.persistence.Column(insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @ManyToMany
    @JoinTable(name = "station_assignment",
            joinColumns = @JoinColumn(name = "accreditation_id"),
            inverseJoinColumns = @JoinColumn(name = "station_id"))
    @OrderBy("number")
    public Set<PollingStation> stations = new LinkedHashSet<>();

    public boolean isLinked() {
        return subject != null;
    }

    public static Optional<Accreditation> findBySubject(Election election, String subject) {
        return find("""
                select a from Accreditation a join fetch a.organisation join fetch a.election
                where a.election = ?1 and a.subject = ?2""", election, subject).firstResultOptional();
    }

    public static Optional<Accreditation> findByLogin(Election election, String login) {
        return find("election = ?1 and login = ?2", election, normalLogin(login)).firstResultOptional();
    }

    /** Accreditations whose name, login or organisation contains the text, by name; organisation may be null. */
    public static List<Accreditation> search(Election election, String text, Organisation organisation, int page,
            int size) {
        String like = "%" + text.strip().toLowerCase() + "%";
        String query = """
                select a from Accreditation a join fetch a.organisation o
                where a.election = :election
                  and (lower(a.fullName) like :text or a.login like :text or lower(o.name) like :text)""";
        var parameters = io.quarkus.panache.common.Parameters.with("election", election).and("text", like);
        if (organisation != null) {
            query += " and o = :organisation";
            parameters.and("organisation", organisation);
        }
        return find(query + " order by a.fullName, a.id", parameters).page(Page.of(page, size)).list();
    }

    /** The accreditations of an organisation with their stations, ready to show without a session. */
    public static List<Accreditation> ofOrganisation(Election election, Organisation organisation) {
        return list("""
                select distinct a from Accreditation a left join fetch a.stations s left join fetch s.unit
                where a.election = ?1 and a.organisation = ?2 order by a.fullName""", election, organisation);
    }

    /** The accreditation with its organisation and stations, ready to show without a session. */
    public static Optional<Accreditation> findWithStations(long id) {
        return find("""
                select a from Accreditation a join fetch a.organisation left join fetch a.stations s
                left join fetch s.unit where a.id = ?1""", id).singleResultOptional();
    }

    public static String normalLogin(String login) {
        return login == null ? null : login.strip().toLowerCase();
    }
}
