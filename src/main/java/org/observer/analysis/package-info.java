/**
 * The election forensics as pages: {@link org.observer.analysis.ForensicsData} reads every station's
 * official protocol and, apart, its latest observer copy in one SQL statement each;
 * {@link org.observer.analysis.ForensicsStatistics} runs the plain statistics of
 * {@code org.observer.forensics} on them and {@link org.observer.analysis.Forensics} adds the reports'
 * part of each station's score; {@link org.observer.analysis.ForensicsCache} keeps both per version
 * of the data each reads, so page views do not recompute and every instance follows new data. The
 * results pages show the flags beside each station from the same cache.
 */
package org.observer.analysis;
