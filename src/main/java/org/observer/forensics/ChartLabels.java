package org.observer.forensics;

/**
 * The words of a forensics chart, already in the reader's language (from the message bundles): its
 * title, a description of what it shows and what it does not, read by screen readers, and the names of
 * its axes.
 */
public record ChartLabels(String title, String description, String xAxis, String yAxis) {
}
