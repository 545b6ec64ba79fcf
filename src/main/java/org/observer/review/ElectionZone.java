package org.observer.review;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The zone most of an election's stations keep, so that a filter's "from 08:00" means eight in the
 * morning where most reports come from. Kept a few minutes per instance: only a re-import moves it.
 */
@ApplicationScoped
public class ElectionZone {
    @Inject
    EntityManager entityManager;

    @CacheResult(cacheName = "election-zone")
    public String of(long electionId) {
        return ((java.util.List<?>) entityManager.createNativeQuery("""
                select coalesce(s.time_zone, u.time_zone) from polling_station s join administrative_unit u on u.id = s.unit_id
                where u.election_id = ?1 group by 1 order by count(*) desc limit 1""")
                .setParameter(1, electionId).getResultList()).stream().findFirst().map(String::valueOf).orElse("UTC");
    }
}
