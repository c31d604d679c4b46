package dev.tiersync.bench;

import java.lang.management.ManagementFactory;

/** Samples heap use every 5 ms on a daemon thread; the highest sample is the peak a benchmark reports. */
final class HeapSampler implements Runnable {

    private volatile boolean running = true;
    private volatile long highest;
    private volatile long highestAfterGc;
    private final long fullGcsBefore = fullGcs();

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        Thread thread = new Thread(sampler, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
        return sampler;
    }

    @Override
    public void run() {
        while (running) {
            highest = Math.max(highest, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            highestAfterGc = Math.max(highestAfterGc, afterGc());
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    long stop() {
        running = false;
        return highest;
    }

    /** The most the heap held right after a collection (garbage collected, so about what was live), in bytes. */
    long highestAfterGc() {
        return Math.max(highestAfterGc, afterGc());
    }

    /** Full collections since the sampler started: a heap too small for what it must hold needs them. */
    long fullGcs() {
        long count = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc.getName().contains("Old") || gc.getName().contains("MarkSweep")) {
                count += gc.getCollectionCount();
            }
        }
        return count - fullGcsBefore;
    }

    private static long afterGc() {
        long used = 0;
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }
}
