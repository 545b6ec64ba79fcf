/**
 * Election forensics: the established statistical tests on station results (chi-square, last digit,
 * second-digit Benford, turnout / winner-share fingerprint, round-number spikes, outliers, quick count)
 * and the per-station "look here first" score that combines their flags with observers' reports.
 *
 * <p>Plain Java on plain numbers, nothing but {@code java.*}: the results package feeds it figures it
 * aggregated in SQL and caches what comes back per data version. Every random draw takes a seed, so
 * a page shows the same numbers each time it is opened.
 *
 * <p>A flag from here is a reason for a person to look at a station, never a finding of fraud: each
 * flag's message says what it means and what it does not.
 */
package org.observer.forensics;
