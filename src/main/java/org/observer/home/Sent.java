package org.observer.home;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A page of what the observer sent (reports or protocol copies), newest first: the home page shows the
 * first, so that it stays small on a phone however much was sent; the others are a link away.
 *
 * @param page the page's number, 1 first
 * @param more whether older ones follow
 */
public record Sent<T>(List<T> items, int page, boolean more) {
    static final int SIZE = 20;

    /** Page {@code page} (1 first) of the rows {@code rows} gives from a first to a last index, inclusive. */
    static <T> Sent<T> page(int page, BiFunction<Integer, Integer, List<T>> rows) {
        int number = Math.max(page, 1);
        int first = (number - 1) * SIZE;
        // one row more than the page tells whether another page follows
        List<T> found = rows.apply(first, first + SIZE);
        return new Sent<>(found.size() > SIZE ? found.subList(0, SIZE) : found, number, found.size() > SIZE);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
