package org.observer.forensics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The "look here first" score of a station: the weights of its flags plus points for observers'
 * reports, more for serious ones, and more again for each a reviewer verified (INFO reports add
 * nothing: they say that things went as they should). It orders the
 * reviewers' queue; it is not a measure of fraud. Its parts are kept so a page can show why a
 * station is high in the queue (sentence: {@code score_means}).
 *
 * @param parts the parts that add points, flags first (heaviest first), then the reports
 */
public record LookHereFirst(double total, List<Part> parts) {
    static final double MINOR_REPORT = 0.5;
    static final double SERIOUS_REPORT = 1.5;
    static final double CRITICAL_REPORT = 3;
    static final double VERIFIED_REPORT = 2;

    /** Highest score first. */
    public static final Comparator<LookHereFirst> HIGHEST_FIRST = Comparator.comparingDouble(LookHereFirst::total).reversed();

    /**
     * @param messageKey the flag's label key, or the report line's key in the forensics bundle
     * @param count 1 for a flag, the number of reports for a report line
     */
    public record Part(String messageKey, int count, double pointsEach, double points) {
    }

    public static LookHereFirst of(Set<StationFlag> flags, ObserverReports reports) {
        List<Part> parts = new ArrayList<>();
        flags.stream().sorted(Comparator.comparingDouble(StationFlag::weight).reversed().thenComparingInt(StationFlag::ordinal))
                .forEach(flag -> parts.add(new Part(flag.labelKey(), 1, flag.weight(), flag.weight())));
        addReports(parts, "score_reports_MINOR", reports.minor(), MINOR_REPORT);
        addReports(parts, "score_reports_SERIOUS", reports.serious(), SERIOUS_REPORT);
        addReports(parts, "score_reports_CRITICAL", reports.critical(), CRITICAL_REPORT);
        addReports(parts, "score_reports_VERIFIED", reports.verified(), VERIFIED_REPORT);
        return new LookHereFirst(parts.stream().mapToDouble(Part::points).sum(), List.copyOf(parts));
    }

    private static void addReports(List<Part> parts, String messageKey, int count, double pointsEach) {
        if (count > 0) {
            parts.add(new Part(messageKey, count, pointsEach, count * pointsEach));
        }
    }
}
