package org.observer.tally;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.observer.election.Election;

/**
 * What an import of protocols refers to, looked up once: stations by number with their district,
 * party-list lines by code, candidates by district and position.
 */
record Choices(Map<String, Station> stations, Map<String, Long> ballotLines, Map<String, Long> candidates,
        Map<Long, Map<String, Long>> candidatesByDistrict) {

    record Station(long id, long districtId) {
    }

    static Choices of(EntityManager entityManager, Election election) {
        Map<String, Station> stations = new HashMap<>();
        for (Object[] r : rows(entityManager,
                "select number, id, district_id from polling_station where election_id = ?1", election.id)) {
            stations.put((String) r[0], new Station(((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        Map<String, Long> lines = new LinkedHashMap<>();
        for (Object[] r : rows(entityManager,
                "select code, id from ballot_line where election_id = ?1 order by position", election.id)) {
            lines.put((String) r[0], ((Number) r[1]).longValue());
        }
        Map<String, Long> candidates = new HashMap<>();
        Map<Long, Map<String, Long>> byDistrict = new HashMap<>();
        for (Object[] r : rows(entityManager, """
                select c.district_id, c.position, c.id from candidate c join district d on d.id = c.district_id
                where d.election_id = ?1 order by c.district_id, c.position""", election.id)) {
            long district = ((Number) r[0]).longValue();
            long id = ((Number) r[2]).longValue();
            candidates.put(district + "/" + r[1], id);
            byDistrict.computeIfAbsent(district, d -> new LinkedHashMap<>()).put(String.valueOf(r[1]), id);
        }
        return new Choices(stations, lines, candidates, byDistrict);
    }

    /** The lines a complete protocol of this ballot at this station has, by the label the file uses. */
    Map<String, Long> linesOf(Ballot ballot, Station station) {
        if (ballot == Ballot.PARTY_LIST) {
            return ballotLines;
        }
        return candidatesByDistrict.getOrDefault(station.districtId(), Map.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager entityManager, String sql, Object parameter) {
        return entityManager.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    }
}
