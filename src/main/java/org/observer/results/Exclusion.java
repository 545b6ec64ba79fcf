package org.observer.results;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Stations left out of a what-if count; none for the official result. */
public record Exclusion(Set<Long> stationIds) {
    public static final Exclusion NONE = new Exclusion(Set.of());

    public Exclusion {
        stationIds = Set.copyOf(new TreeSet<>(stationIds));
    }

    public boolean isEmpty() {
        return stationIds.isEmpty();
    }

    public int size() {
        return stationIds.size();
    }

    /** The ids as one SQL parameter, read by {@code string_to_array(?, ',')::bigint[]}. */
    String parameter() {
        return stationIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }
}
