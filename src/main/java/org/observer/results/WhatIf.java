package org.observer.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.observer.election.Election;
import org.observer.results.NationalResult.CandidateResult;
import org.observer.results.NationalResult.DistrictResult;
import org.observer.results.NationalResult.LineResult;

/**
 * The result without a chosen set of stations, beside the official one, and what that changes: a
 * party crossing the threshold, seats moving, a district won by someone else.
 */
@ApplicationScoped
public class WhatIf {
    @Inject
    EntityManager entityManager;
    @Inject
    ResultsQueries queries;

    /** Which stations to leave out: those with a verified critical report, and/or these numbers. */
    public record Choice(boolean verifiedCritical, List<String> stationNumbers) {
        public boolean isEmpty() {
            return !verifiedCritical && stationNumbers.isEmpty();
        }
    }

    /** One thing the left-out stations change; which fields matter depends on the kind. */
    public record Change(Kind kind, LineResult line, int fromSeats, int toSeats, int district, String fromWinner,
            String toWinner) {
        public enum Kind { THRESHOLD_UP, THRESHOLD_DOWN, SEATS, WINNER }
    }

    public record Comparison(NationalResult official, NationalResult recomputed, int excludedStations,
            List<String> unknownNumbers, List<Change> changes) {
        /** The official and recomputed line side by side, for the table. */
        public List<LinePair> lines() {
            List<LinePair> pairs = new ArrayList<>();
            for (int i = 0; i < official.lines().size(); i++) {
                pairs.add(new LinePair(official.lines().get(i), recomputed.lines().get(i)));
            }
            return pairs;
        }
    }

    public record LinePair(LineResult official, LineResult recomputed) {
        public long votesLost() {
            return official.votes() - recomputed.votes();
        }
    }

    public NationalResult official(Election election) {
        return result(election, Exclusion.NONE);
    }

    /** The official result of one district, without adding up the rest of the election; null if none. */
    public DistrictResult officialDistrict(Election election, int number) {
        List<DistrictResult> districts = NationalResult.districts(
                queries.candidateVotes(election, Exclusion.NONE, number));
        return districts.isEmpty() ? null : districts.get(0);
    }

    public NationalResult result(Election election, Exclusion exclusion) {
        return NationalResult.of(election, queries.turnout(election, exclusion), queries.lineVotes(election, exclusion),
                queries.candidateVotes(election, exclusion));
    }

    public Comparison compare(Election election, Choice choice) {
        Set<Long> ids = new HashSet<>();
        if (choice.verifiedCritical()) {
            ids.addAll(longs(entityManager.createNativeQuery("""
                    select distinct r.station_id from report r
                    where r.election_id = ?1 and r.severity = 'CRITICAL' and r.status = 'VERIFIED'
                      and r.latest""").setParameter(1, election.id)
                    .getResultList()));
        }
        List<String> unknown = new ArrayList<>();
        if (!choice.stationNumbers().isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> found = entityManager.createNativeQuery("""
                    select number, id from polling_station
                    where election_id = ?1 and number = any (string_to_array(?2, ','))""")
                    .setParameter(1, election.id).setParameter(2, String.join(",", choice.stationNumbers()))
                    .getResultList();
            Set<String> known = new HashSet<>();
            for (Object[] r : found) {
                known.add((String) r[0]);
                ids.add(((Number) r[1]).longValue());
            }
            choice.stationNumbers().stream().filter(n -> !known.contains(n)).forEach(unknown::add);
        }
        NationalResult official = official(election);
        NationalResult recomputed = result(election, new Exclusion(ids));
        return new Comparison(official, recomputed, ids.size(), unknown, changes(official, recomputed));
    }

    static List<Change> changes(NationalResult official, NationalResult recomputed) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < official.lines().size(); i++) {
            LineResult before = official.lines().get(i);
            LineResult after = recomputed.lines().get(i);
            if (!before.party()) {
                continue;
            }
            if (before.passes() != after.passes()) {
                changes.add(new Change(after.passes() ? Change.Kind.THRESHOLD_UP : Change.Kind.THRESHOLD_DOWN, after,
                        0, 0, 0, null, null));
            }
            if (before.seatCount() != after.seatCount()) {
                changes.add(new Change(Change.Kind.SEATS, after, before.seatCount(), after.seatCount(), 0, null, null));
            }
        }
        for (int i = 0; i < official.districts().size(); i++) {
            DistrictResult before = official.districts().get(i);
            DistrictResult after = recomputed.districts().get(i);
            Long was = before.winner() == null ? null : before.winner().id();
            Long is = after.winner() == null ? null : after.winner().id();
            if (!Objects.equals(was, is)) {
                changes.add(new Change(Change.Kind.WINNER, null, 0, 0, before.number(), name(before.winner()),
                        name(after.winner())));
            }
        }
        return changes;
    }

    private static String name(CandidateResult candidate) {
        return candidate == null ? "—" : candidate.fullName();
    }

    private static List<Long> longs(List<?> values) {
        return values.stream().map(v -> ((Number) v).longValue()).toList();
    }
}
