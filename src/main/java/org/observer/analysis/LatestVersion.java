package org.observer.analysis;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The value of the latest version asked for, computed once: requests that ask for the version being
 * computed wait for that computation instead of starting their own (a single flight), and a request
 * for another version starts a new one. A computation that fails is not kept, so the next request tries
 * again. One value only: the pages always ask for the latest data.
 */
final class LatestVersion<T> {
    private record Entry<T>(String version, CompletableFuture<T> value) {
    }

    private final AtomicReference<Entry<T>> latest = new AtomicReference<>();

    T get(String version, Supplier<T> compute) {
        while (true) {
            Entry<T> current = latest.get();
            if (current != null && current.version().equals(version)) {
                return await(current.value());
            }
            Entry<T> mine = new Entry<>(version, new CompletableFuture<>());
            if (latest.compareAndSet(current, mine)) {
                try {
                    T value = compute.get();
                    mine.value().complete(value);
                    return value;
                } catch (RuntimeException | Error e) {
                    latest.compareAndSet(mine, null);
                    mine.value().completeExceptionally(e);
                    throw e;
                }
            }
        }
    }

    private static <T> T await(CompletableFuture<T> value) {
        try {
            return value.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
