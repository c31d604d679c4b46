package dev.tiersync.bench;

import java.lang.management.ManagementFactory;

/** Samples heap use every 5 ms on a daemon thread; the highest sample is the peak a benchmark reports. */
final class HeapSampler implements Runnable {

    private volatile boolean running = true;
    private volatile long highest;

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
}
