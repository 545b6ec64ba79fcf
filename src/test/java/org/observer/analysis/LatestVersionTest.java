package org.observer.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.observer.support.AtOnce;

class LatestVersionTest {

    /** The first caller computes and holds the others until it is told to finish: all get its value. */
    @Test
    void callersOfTheVersionBeingComputedWaitForItInsteadOfComputingAgain() throws Exception {
        LatestVersion<Object> latest = new LatestVersion<>();
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Thread release = new Thread(() -> {
            try {
                started.await(10, TimeUnit.SECONDS);
                Thread.sleep(200); // the other callers have reached the cache by now
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finish.countDown();
        });
        release.start();
        List<Object> values = AtOnce.send(6, () -> latest.get("v1", () -> {
            computed.incrementAndGet();
            started.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Object();
        }));
        assertThat(computed).hasValue(1);
        assertThat(values).allSatisfy(value -> assertThat(value).isSameAs(values.get(0)));
        assertThat(latest.get("v1", Object::new)).isSameAs(values.get(0));
        assertThat(latest.get("v2", Object::new)).isNotSameAs(values.get(0));
    }

    @Test
    void aFailedComputationIsNotKept() {
        LatestVersion<String> latest = new LatestVersion<>();
        assertThatThrownBy(() -> latest.get("v1", () -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");
        assertThat(latest.get("v1", () -> "computed")).isEqualTo("computed");
    }
}
