/**
 * Election forensics: the established statistical tests on station results (chi-square, last digit,
 * second-digit Benford, turnout / winner-share fingerprint, round-number spikes, outliers, quick count)
 * and the per-station "look here first" score that combines their flags with observers' reports.
 *
 * <p>Plain Java on plain numbers, nothing but {@code java.*}: the results package feeds it figures it
 * aggregated in SQL and caches what comes back per data version. Every random draw takes a seed, so
 * a page shows the same numbers each time it is opened.
 *
 * <p>How a caller puts it together, per data version: {@link org.observer.forensics.StationCounts} for
 * every station (official or observer copies, never mixed); the leader from
 * {@code StationCounts.nationalLeader}; {@code Fingerprint}, {@code CumulativeWinnerVotes} and their
 * SVG ({@code FingerprintSvg}, {@code CumulativeCurveSvg}) for the nation or a region's stations;
 * {@code LastDigitTest} and {@code SecondDigitTest} on the vote counts of a region's or district's
 * stations; {@code RoundNumbers}; {@code StationOutliers}, then {@code StationFlag.of} per station plus
 * {@code DIGITS_IN_DISTRICT} ({@code StationFlag.digitsFlagDistrict}) and {@code OBSERVER_COPY_DIFFERS}
 * from the caller's own comparison, and {@code LookHereFirst} with the station's
 * {@code ObserverReports}; {@code StratifiedSample} to choose the quick-count stations and
 * {@code QuickCount} on the copies that came from them. Texts: messages/forensics_*.properties.
 *
 * <p>A flag from here is a reason for a person to look at a station, never a finding of fraud: each
 * flag's message says what it means and what it does not.
 */
package org.observer.forensics;
