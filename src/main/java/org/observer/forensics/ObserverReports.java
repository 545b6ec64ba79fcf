package org.observer.forensics;

/**
 * What observers reported at a station, counted by severity (the report package's INFO, MINOR,
 * SERIOUS, CRITICAL), with how many of them a reviewer verified. The caller leaves dismissed reports
 * out: a report a reviewer found groundless is no reason to look.
 */
public record ObserverReports(int info, int minor, int serious, int critical, int verified) {
    public static final ObserverReports NONE = new ObserverReports(0, 0, 0, 0, 0);

    public ObserverReports {
        if (info < 0 || minor < 0 || serious < 0 || critical < 0 || verified < 0
                || verified > info + minor + serious + critical) {
            throw new IllegalArgumentException("counts must be non-negative and verified at most all reports");
        }
    }
}
