package org.observer.results;

/**
 * What a results page's script needs to keep it current: the data version the page was drawn at and
 * how often to ask whether it moved (results-refresh.js).
 */
public record Refresh(String version, int seconds) {
}
