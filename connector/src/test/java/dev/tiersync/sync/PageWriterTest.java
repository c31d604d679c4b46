package dev.tiersync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageWriterTest {

    @Test
    void pagesAreStoredInTheOrderTheyCameAndAllOfThemBeforeFinishReturns() {
        List<Integer> stored = new CopyOnWriteArrayList<>();
        try (PageWriter writer = new PageWriter("org", 2)) {
            for (int page = 0; page < 50; page++) {
                int number = page;
                writer.store(() -> stored.add(number));
            }
            writer.finish();
            assertThat(stored).hasSize(50).isSorted();
        }
    }

    @Test
    void theFirstFailureStopsThePullAndNothingAfterItIsStored() throws Exception {
        AtomicInteger storedAfter = new AtomicInteger();
        CountDownLatch failed = new CountDownLatch(1);
        try (PageWriter writer = new PageWriter("org", 1)) {
            writer.store(() -> {
                failed.countDown();
                throw new SnapshotStoreException("disk full", null);
            });
            assertThat(failed.await(30, TimeUnit.SECONDS)).isTrue();
            // the failed page's room comes back only after the failure is recorded, so this waits for it and throws it
            assertThatThrownBy(() -> {
                writer.store(storedAfter::incrementAndGet);
                writer.store(storedAfter::incrementAndGet);
            }).isInstanceOf(SnapshotStoreException.class).hasMessage("disk full");
            assertThatThrownBy(writer::finish).hasMessage("disk full");
        }
        assertThat(storedAfter).hasValue(0);
    }

    @Test
    void noMoreThanTheAllowedPagesWaitWhileOneIsBeingStored() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger handedOver = new AtomicInteger();
        try (PageWriter writer = new PageWriter("org", 2)) {
            Thread pull = new Thread(() -> {
                for (int page = 0; page < 5; page++) {
                    writer.store(() -> await(release));
                    handedOver.incrementAndGet();
                }
            });
            pull.start();
            // the pull hands over two pages and then waits for room; it cannot get further while the first is stuck
            while (pull.getState() != Thread.State.WAITING || handedOver.get() < 2) {
                Thread.onSpinWait();
            }
            assertThat(handedOver).hasValue(2);
            release.countDown();
            pull.join();
            writer.finish();
            assertThat(handedOver).hasValue(5);
        }
    }

    @Test
    void atLeastOnePageMustBeAllowedInFlight() {
        assertThatThrownBy(() -> new PageWriter("org", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
