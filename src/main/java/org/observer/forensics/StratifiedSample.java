package org.observer.forensics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A stratified random sample of stations for a quick count: each stratum (a region, say) gets its
 * share of the sample in proportion to its stations (largest remainders, so the shares add up), but
 * at least two where it has two, because a stratum with one sampled station gives no estimate of its
 * spread; the sample can therefore be a few stations larger than asked. Within a stratum the
 * stations are drawn without replacement. Strata are drawn in the order of their keys from one
 * {@link SplittableRandom} with the caller's seed: the same stations and seed give the same list,
 * which can then be handed to observers in advance.
 *
 * @param stations the drawn stations as indices into the caller's list, ascending
 */
public record StratifiedSample(long seed, List<Stratum> strata, int[] stations) {

    /** @param sampled how many of the stratum's stations are in the sample */
    public record Stratum(long key, int stations, int sampled) {
    }

    /** @param stratumOfStation the stratum key of each station, index = station */
    public static StratifiedSample draw(long[] stratumOfStation, int size, long seed) {
        if (size < 1 || size > stratumOfStation.length) {
            throw new IllegalArgumentException("sample size must be between 1 and the number of stations");
        }
        TreeMap<Long, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < stratumOfStation.length; i++) {
            members.computeIfAbsent(stratumOfStation[i], k -> new ArrayList<>()).add(i);
        }
        int[] allocation = allocate(members.values().stream().mapToInt(List::size).toArray(), size);
        SplittableRandom random = new SplittableRandom(seed);
        List<Stratum> strata = new ArrayList<>();
        int[] drawn = new int[Arrays.stream(allocation).sum()];
        int next = 0;
        int h = 0;
        for (var stratum : members.entrySet()) {
            int[] pool = stratum.getValue().stream().mapToInt(Integer::intValue).toArray();
            for (int i = 0; i < allocation[h]; i++) { // the first i places of a Fisher-Yates shuffle
                int j = i + random.nextInt(pool.length - i);
                int chosen = pool[j];
                pool[j] = pool[i];
                pool[i] = chosen;
                drawn[next++] = chosen;
            }
            strata.add(new Stratum(stratum.getKey(), pool.length, allocation[h]));
            h++;
        }
        Arrays.sort(drawn);
        return new StratifiedSample(seed, List.copyOf(strata), drawn);
    }

    /** Proportional allocation by largest remainders, then raised to two (or the stratum's size) where below. */
    static int[] allocate(int[] stratumSizes, int size) {
        long total = Arrays.stream(stratumSizes).asLongStream().sum();
        int[] allocation = new int[stratumSizes.length];
        double[] remainders = new double[stratumSizes.length];
        int given = 0;
        for (int h = 0; h < stratumSizes.length; h++) {
            double exact = (double) size * stratumSizes[h] / total;
            allocation[h] = (int) exact;
            remainders[h] = exact - allocation[h];
            given += allocation[h];
        }
        Integer[] byRemainder = new Integer[stratumSizes.length];
        Arrays.setAll(byRemainder, h -> h);
        Arrays.sort(byRemainder, (a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int i = 0; given < size; i++, given++) {
            allocation[byRemainder[i]]++;
        }
        for (int h = 0; h < stratumSizes.length; h++) {
            allocation[h] = Math.max(allocation[h], Math.min(2, stratumSizes[h]));
        }
        return allocation;
    }
}
