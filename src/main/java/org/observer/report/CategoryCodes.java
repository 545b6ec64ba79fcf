package org.observer.report;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The incident categories' ids by code, per election, kept for a short while (the "category-codes"
 * cache in application.properties): the form names its category by code in every report sent. An
 * import matches categories by code and never removes one, so a code keeps its id; a category added
 * since is missing here until the entry expires, and the submission then looks it up in the database.
 */
@ApplicationScoped
public class CategoryCodes {

    @CacheResult(cacheName = "category-codes")
    public Map<String, Long> ofElection(long electionId) {
        return IncidentCategory.<IncidentCategory>list("election.id", electionId).stream()
                .collect(Collectors.toUnmodifiableMap(category -> category.code, category -> category.id));
    }
}
