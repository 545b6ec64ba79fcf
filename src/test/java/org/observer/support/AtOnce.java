package org.observer.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Sends copies of one request from several threads released at the same moment, as a flaky network does. */
public final class AtOnce {
    private AtOnce() {
    }

    /** What each copy returned, in the order the copies were started. */
    public static <T> List<T> send(int copies, Callable<T> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(copies);
        try {
            CyclicBarrier together = new CyclicBarrier(copies);
            List<Future<T>> sent = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                sent.add(threads.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return request.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> result : sent) {
                results.add(result.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
