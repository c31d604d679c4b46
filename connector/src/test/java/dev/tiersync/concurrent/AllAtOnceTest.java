package dev.tiersync.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AllAtOnceTest {

    @Test
    void tasksRunTogetherAndTheirResultsComeInTheOrderOfTheTasks() {
        CountDownLatch bothBegun = new CountDownLatch(2);
        Callable<String> first = () -> {
            bothBegun.countDown();
            assertThat(bothBegun.await(30, TimeUnit.SECONDS)).as("the other task began while this one ran").isTrue();
            return "first";
        };
        Callable<String> second = () -> {
            bothBegun.countDown();
            assertThat(bothBegun.await(30, TimeUnit.SECONDS)).as("the other task began while this one ran").isTrue();
            return "second";
        };

        assertThat(AllAtOnce.run("test", 2, List.of(first, second), IllegalStateException::new))
                .containsExactly("first", "second");
    }

    @Test
    void noTaskBeginsAfterOneFailedAndTheFailureIsThrown() {
        AtomicInteger begun = new AtomicInteger();
        List<Callable<Integer>> tasks = new ArrayList<>();
        tasks.add(() -> begun.incrementAndGet());
        tasks.add(() -> {
            begun.incrementAndGet();
            throw new IllegalArgumentException("the second task failed");
        });
        for (int i = 0; i < 5; i++) {
            tasks.add(() -> begun.incrementAndGet());
        }

        assertThatThrownBy(() -> AllAtOnce.run("test", 1, tasks, IllegalStateException::new))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the second task failed");
        assertThat(begun).hasValue(2);
    }

    @Test
    void tasksUnderWayWhenOneFailsGoOnToTheirEndAndTheirFailuresAreSuppressedUnderTheFirst() {
        CountDownLatch firstFailed = new CountDownLatch(1);
        CountDownLatch otherBegun = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        Callable<Integer> failing = () -> {
            assertThat(otherBegun.await(30, TimeUnit.SECONDS)).isTrue();
            try {
                throw new IllegalArgumentException("first failure");
            } finally {
                firstFailed.countDown();
            }
        };
        Callable<Integer> underWay = () -> {
            otherBegun.countDown();
            assertThat(firstFailed.await(30, TimeUnit.SECONDS)).isTrue();
            finished.incrementAndGet();
            throw new IllegalStateException("later failure");
        };

        assertThatThrownBy(() -> AllAtOnce.run("test", 2, List.of(failing, underWay), IllegalStateException::new))
                .hasMessage("first failure")
                .satisfies(thrown -> assertThat(thrown.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("later failure"));
        assertThat(finished).hasValue(1);
    }

    @Test
    void aCheckedFailureIsWrappedAsTheCallerSays() {
        Callable<Integer> checked = () -> {
            throw new java.io.IOException("disk gone");
        };

        assertThatThrownBy(() -> AllAtOnce.run("test", 1, List.of(checked),
                failed -> new IllegalStateException("reading failed: " + failed.getMessage(), failed)))
                .isInstanceOf(IllegalStateException.class).hasMessage("reading failed: disk gone");
    }
}
